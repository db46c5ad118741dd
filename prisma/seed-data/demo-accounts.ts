// The demo accounts (DOMAIN.md "Conventions"): one per role, for development and tests only — the
// seed refuses to create them in production. The dev script prints this list; e2e tests sign in
// with it. No imports, so anything can load it cheaply.

export const DEMO_PASSWORD = "Manak@2026";

export const DEMO_EMAIL = {
  buyer: "buyer@demo.manak.in",
  panchayat: "panchayat@demo.manak.in",
  vendor: "vendor@demo.manak.in",
  inspector: "inspector@demo.manak.in",
  finance: "finance@demo.manak.in",
  admin: "admin@demo.manak.in",
} as const;

export type DemoAccount = {
  email: string;
  role: "BUYER" | "VENDOR" | "INSPECTOR" | "FINANCE" | "ADMIN";
  labelEn: string;
  labelHi: string;
};

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: DEMO_EMAIL.buyer,
    role: "BUYER",
    labelEn: "Buyer – District Education Office, Raipur",
    labelHi: "क्रेता – जिला शिक्षा अधिकारी कार्यालय, रायपुर",
  },
  {
    email: DEMO_EMAIL.panchayat,
    role: "BUYER",
    labelEn: "Gram panchayat buyer – Gram Panchayat Anda, Durg",
    labelHi: "ग्राम पंचायत क्रेता – ग्राम पंचायत अंडा, दुर्ग",
  },
  {
    email: DEMO_EMAIL.vendor,
    role: "VENDOR",
    labelEn: "Vendor – Shree Ganesh Steel Furniture, Raipur",
    labelHi: "विक्रेता – श्री गणेश स्टील फर्नीचर, रायपुर",
  },
  {
    email: DEMO_EMAIL.inspector,
    role: "INSPECTOR",
    labelEn: "Inspector – Directorate of Industries, Raipur",
    labelHi: "निरीक्षक – उद्योग संचालनालय, रायपुर",
  },
  {
    email: DEMO_EMAIL.finance,
    role: "FINANCE",
    labelEn: "Finance (DDO) – District Education Office, Raipur",
    labelHi: "वित्त (आहरण एवं संवितरण अधिकारी) – जिला शिक्षा अधिकारी कार्यालय, रायपुर",
  },
  {
    email: DEMO_EMAIL.admin,
    role: "ADMIN",
    labelEn: "Administrator – Department of Commerce and Industries",
    labelHi: "प्रशासक – वाणिज्य एवं उद्योग विभाग",
  },
];
