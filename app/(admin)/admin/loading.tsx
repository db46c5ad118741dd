// Inside the role's layout, so its sign-in and role checks answer before streaming starts (a real 404).
export { PageLoading as default } from "@/components/layout/page-loading";
