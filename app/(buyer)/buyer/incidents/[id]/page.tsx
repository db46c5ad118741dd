import { incidentDetailPage, incidentsMetadata } from "@/app/incident-pages";

export const dynamic = "force-dynamic";
export const generateMetadata = incidentsMetadata;
export default incidentDetailPage("BUYER");
