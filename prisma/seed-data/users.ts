// Demo people other than vendors (each vendor's account comes from its contact in vendors.ts): a
// buyer and a finance officer (DDO) for every office, the inspectors of both agencies, and the
// administrator. All share the demo password; none are created in production.
import { DEMO_EMAIL } from "./demo-accounts";
import type { DistrictSlug } from "./districts";
import type { AgencyCode } from "./organisations";

type Base = { email: string; name: string; mobile: string; locale: "en" | "hi" };

export type StaffSeed =
  | (Base & { role: "BUYER" | "FINANCE"; office: string })
  | (Base & { role: "INSPECTOR"; agency: AgencyCode; district: DistrictSlug })
  | (Base & { role: "ADMIN" });

function officeStaff(office: string, buyer: Base, finance: Base): StaffSeed[] {
  return [
    { ...buyer, role: "BUYER", office },
    { ...finance, role: "FINANCE", office },
  ];
}

export const STAFF: readonly StaffSeed[] = [
  ...officeStaff(
    "SED-RPR-DEO",
    { email: DEMO_EMAIL.buyer, name: "Anjali Shrivastava", mobile: "+919876500002", locale: "en" },
    { email: DEMO_EMAIL.finance, name: "Manoj Kumar Dubey", mobile: "+919876500005", locale: "en" },
  ),
  ...officeStaff(
    "PRD-DRG-ANDA",
    { email: DEMO_EMAIL.panchayat, name: "Ramkumar Sahu (Sachiv)", mobile: "+919876500001", locale: "hi" },
    { email: "finance.anda@demo.manak.in", name: "Kiran Bai Verma (Sarpanch)", mobile: "+919876500007", locale: "hi" },
  ),
  ...officeStaff(
    "SED-RJN-GGHSS",
    { email: "buyer.gghss-rajnandgaon@demo.manak.in", name: "Sushma Thakur", mobile: "+919755000011", locale: "hi" },
    { email: "finance.gghss-rajnandgaon@demo.manak.in", name: "Devendra Nayak", mobile: "+919755000012", locale: "en" },
  ),
  ...officeStaff(
    "HFW-RPR-CMHO",
    { email: "buyer.cmho-raipur@demo.manak.in", name: "Dr. Pankaj Mishra", mobile: "+919755000013", locale: "en" },
    { email: "finance.cmho-raipur@demo.manak.in", name: "Seema Bhardwaj", mobile: "+919755000014", locale: "en" },
  ),
  ...officeStaff(
    "HFW-BSP-DH",
    { email: "buyer.dh-bilaspur@demo.manak.in", name: "Dr. Rashmi Kaushik", mobile: "+919755000015", locale: "en" },
    { email: "finance.dh-bilaspur@demo.manak.in", name: "Ashok Patre", mobile: "+919755000016", locale: "hi" },
  ),
  ...officeStaff(
    "PRD-BST-TOKAPAL",
    { email: "buyer.gp-tokapal@demo.manak.in", name: "Somaru Baghel (Sachiv)", mobile: "+919755000017", locale: "hi" },
    { email: "finance.gp-tokapal@demo.manak.in", name: "Sukdai Kashyap (Sarpanch)", mobile: "+919755000018", locale: "hi" },
  ),
  ...officeStaff(
    "PRD-RGH-KODATARAI",
    { email: "buyer.gp-kodatarai@demo.manak.in", name: "Ghanshyam Patel (Sachiv)", mobile: "+919755000019", locale: "hi" },
    { email: "finance.gp-kodatarai@demo.manak.in", name: "Urmila Chauhan (Sarpanch)", mobile: "+919755000020", locale: "hi" },
  ),
  ...officeStaff(
    "PWD-BST-EE",
    { email: "buyer.pwd-jagdalpur@demo.manak.in", name: "Er. Rahul Thakur", mobile: "+919755000021", locale: "en" },
    { email: "finance.pwd-jagdalpur@demo.manak.in", name: "Mahesh Nag", mobile: "+919755000022", locale: "en" },
  ),
  ...officeStaff(
    "TWD-SRG-AC",
    { email: "buyer.twd-surguja@demo.manak.in", name: "Pramila Ekka", mobile: "+919755000023", locale: "hi" },
    { email: "finance.twd-surguja@demo.manak.in", name: "Jitendra Singh", mobile: "+919755000024", locale: "en" },
  ),
  ...officeStaff(
    "HOME-DRG-SP",
    { email: "buyer.sp-durg@demo.manak.in", name: "Inspector Vinod Yadav", mobile: "+919755000025", locale: "en" },
    { email: "finance.sp-durg@demo.manak.in", name: "Rajendra Tamrakar", mobile: "+919755000026", locale: "en" },
  ),
  { email: DEMO_EMAIL.inspector, name: "Suresh Chandrakar", mobile: "+919876500004", locale: "en", role: "INSPECTOR", agency: "DOI-CG", district: "raipur" },
  { email: "inspector.bilaspur@demo.manak.in", name: "Neha Pandey", mobile: "+919755000031", locale: "hi", role: "INSPECTOR", agency: "DOI-CG", district: "bilaspur" },
  { email: "inspector.durg@demo.manak.in", name: "Rakesh Tamrakar", mobile: "+919755000032", locale: "en", role: "INSPECTOR", agency: "DOI-CG", district: "durg" },
  { email: "inspector.bastar@demo.manak.in", name: "Lakhmu Ram Kashyap", mobile: "+919755000033", locale: "hi", role: "INSPECTOR", agency: "DOI-CG", district: "bastar" },
  { email: "inspector.raigarh@demo.manak.in", name: "Priya Agrawal", mobile: "+919755000034", locale: "en", role: "INSPECTOR", agency: "MQAS", district: "raigarh" },
  { email: "inspector.raipur2@demo.manak.in", name: "Deepak Rathore", mobile: "+919755000035", locale: "en", role: "INSPECTOR", agency: "MQAS", district: "raipur" },
  { email: DEMO_EMAIL.admin, name: "State Procurement Administrator", mobile: "+919876500006", locale: "en", role: "ADMIN" },
];
