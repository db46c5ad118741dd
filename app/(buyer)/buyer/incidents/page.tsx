import { incidentListPage, incidentsMetadata } from "@/app/incident-pages";

export const dynamic = "force-dynamic";
export const generateMetadata = incidentsMetadata;
export default incidentListPage("BUYER", { canRaise: true });
