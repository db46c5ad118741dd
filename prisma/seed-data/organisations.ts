// Buying departments and their offices (two of them gram panchayats), each office's budget heads
// for the financial year, and the inspection agencies. Offices, budgets and agencies are keyed by
// their codes, which the seed upserts by.
import type { DistrictSlug } from "./districts";

export const FINANCIAL_YEAR = "2026-27";

export type DepartmentSeed = { code: string; nameEn: string; nameHi: string };

export const DEPARTMENTS = [
  { code: "SED", nameEn: "School Education Department", nameHi: "स्कूल शिक्षा विभाग" },
  {
    code: "HFW",
    nameEn: "Public Health and Family Welfare Department",
    nameHi: "लोक स्वास्थ्य एवं परिवार कल्याण विभाग",
  },
  { code: "PRD", nameEn: "Panchayat and Rural Development Department", nameHi: "पंचायत एवं ग्रामीण विकास विभाग" },
  { code: "PWD", nameEn: "Public Works Department", nameHi: "लोक निर्माण विभाग" },
  {
    code: "TWD",
    nameEn: "Tribal and Scheduled Caste Development Department",
    nameHi: "आदिम जाति तथा अनुसूचित जाति विकास विभाग",
  },
  { code: "HOME", nameEn: "Home (Police) Department", nameHi: "गृह (पुलिस) विभाग" },
] as const satisfies readonly DepartmentSeed[];

type DepartmentCode = (typeof DEPARTMENTS)[number]["code"];

export type BudgetHeadSeed = { code: string; nameEn: string; nameHi: string; allottedPaise: bigint };

export type OfficeSeed = {
  code: string;
  nameEn: string;
  nameHi: string;
  kind: "OFFICE" | "GRAM_PANCHAYAT";
  department: DepartmentCode;
  district: DistrictSlug;
  address: string;
  pincode: string;
  budgets: BudgetHeadSeed[];
};

const LAKH = 100_000n * 100n; // ₹1,00,000 in paise

// Heads follow the state budget's major-head numbering (2202 general education, 2210 medical and
// public health, 2515 rural development, 2059 public works, 2225 SC/ST welfare, 2055 police).
export const OFFICES: readonly OfficeSeed[] = [
  {
    code: "SED-RPR-DEO",
    nameEn: "District Education Office, Raipur",
    nameHi: "जिला शिक्षा अधिकारी कार्यालय, रायपुर",
    kind: "OFFICE",
    department: "SED",
    district: "raipur",
    address: "Collectorate Campus, Civil Lines, Raipur",
    pincode: "492001",
    budgets: [
      { code: "2202-02-109-0101-31", nameEn: "Materials and supplies", nameHi: "सामग्री एवं प्रदाय", allottedPaise: 60n * LAKH },
      { code: "2202-02-109-0101-35", nameEn: "Furniture and equipment", nameHi: "फर्नीचर एवं उपकरण", allottedPaise: 120n * LAKH },
    ],
  },
  {
    code: "SED-RJN-GGHSS",
    nameEn: "Government Girls' Higher Secondary School, Rajnandgaon",
    nameHi: "शासकीय कन्या उच्चतर माध्यमिक विद्यालय, राजनांदगांव",
    kind: "OFFICE",
    department: "SED",
    district: "rajnandgaon",
    address: "Station Para, Rajnandgaon",
    pincode: "491441",
    budgets: [
      { code: "2202-02-109-0102-31", nameEn: "Materials and supplies", nameHi: "सामग्री एवं प्रदाय", allottedPaise: 8n * LAKH },
      { code: "2202-02-109-0102-35", nameEn: "Furniture and equipment", nameHi: "फर्नीचर एवं उपकरण", allottedPaise: 15n * LAKH },
    ],
  },
  {
    code: "HFW-RPR-CMHO",
    nameEn: "Office of the Chief Medical and Health Officer, Raipur",
    nameHi: "मुख्य चिकित्सा एवं स्वास्थ्य अधिकारी कार्यालय, रायपुर",
    kind: "OFFICE",
    department: "HFW",
    district: "raipur",
    address: "Kalibadi Chowk, Raipur",
    pincode: "492001",
    budgets: [
      { code: "2210-03-110-0101-31", nameEn: "Hospital supplies", nameHi: "चिकित्सालय प्रदाय", allottedPaise: 90n * LAKH },
      { code: "2210-03-110-0101-35", nameEn: "Hospital furniture", nameHi: "चिकित्सालय फर्नीचर", allottedPaise: 45n * LAKH },
    ],
  },
  {
    code: "HFW-BSP-DH",
    nameEn: "District Hospital, Bilaspur",
    nameHi: "जिला चिकित्सालय, बिलासपुर",
    kind: "OFFICE",
    department: "HFW",
    district: "bilaspur",
    address: "Link Road, Bilaspur",
    pincode: "495001",
    budgets: [
      { code: "2210-01-110-0102-31", nameEn: "Hospital supplies", nameHi: "चिकित्सालय प्रदाय", allottedPaise: 55n * LAKH },
      { code: "2210-01-110-0102-35", nameEn: "Hospital furniture", nameHi: "चिकित्सालय फर्नीचर", allottedPaise: 25n * LAKH },
    ],
  },
  {
    code: "PRD-DRG-ANDA",
    nameEn: "Gram Panchayat Anda, Janpad Panchayat Durg",
    nameHi: "ग्राम पंचायत अंडा, जनपद पंचायत दुर्ग",
    kind: "GRAM_PANCHAYAT",
    department: "PRD",
    district: "durg",
    address: "Panchayat Bhawan, Village Anda, Block Durg",
    pincode: "491221",
    budgets: [
      {
        code: "15FC-TIED",
        nameEn: "15th Finance Commission tied grant (sanitation and drinking water)",
        nameHi: "15वाँ वित्त आयोग बंधित अनुदान (स्वच्छता एवं पेयजल)",
        allottedPaise: 65n * (LAKH / 10n),
      },
      {
        code: "MGNREGA-MATERIAL",
        nameEn: "MGNREGA material component",
        nameHi: "मनरेगा सामग्री मद",
        allottedPaise: 12n * LAKH,
      },
      { code: "GP-OWN", nameEn: "Panchayat's own revenue", nameHi: "पंचायत निधि (स्वयं की आय)", allottedPaise: 18n * (LAKH / 10n) },
    ],
  },
  {
    code: "PRD-BST-TOKAPAL",
    nameEn: "Gram Panchayat Tokapal, Janpad Panchayat Tokapal",
    nameHi: "ग्राम पंचायत तोकापाल, जनपद पंचायत तोकापाल",
    kind: "GRAM_PANCHAYAT",
    department: "PRD",
    district: "bastar",
    address: "Panchayat Bhawan, Tokapal, Bastar",
    pincode: "494442",
    budgets: [
      {
        code: "15FC-TIED",
        nameEn: "15th Finance Commission tied grant (sanitation and drinking water)",
        nameHi: "15वाँ वित्त आयोग बंधित अनुदान (स्वच्छता एवं पेयजल)",
        allottedPaise: 48n * (LAKH / 10n),
      },
      {
        code: "MGNREGA-MATERIAL",
        nameEn: "MGNREGA material component",
        nameHi: "मनरेगा सामग्री मद",
        allottedPaise: 9n * LAKH,
      },
    ],
  },
  {
    code: "PRD-RGH-KODATARAI",
    nameEn: "Gram Panchayat Kodatarai, Janpad Panchayat Pussore",
    nameHi: "ग्राम पंचायत कोड़ातराई, जनपद पंचायत पुसौर",
    kind: "GRAM_PANCHAYAT",
    department: "PRD",
    district: "raigarh",
    address: "Panchayat Bhawan, Kodatarai, Block Pussore, Raigarh",
    pincode: "496440",
    budgets: [
      {
        code: "15FC-TIED",
        nameEn: "15th Finance Commission tied grant (sanitation and drinking water)",
        nameHi: "15वाँ वित्त आयोग बंधित अनुदान (स्वच्छता एवं पेयजल)",
        allottedPaise: 52n * (LAKH / 10n),
      },
    ],
  },
  {
    code: "PWD-BST-EE",
    nameEn: "Office of the Executive Engineer, PWD Division Jagdalpur",
    nameHi: "कार्यपालन अभियंता कार्यालय, लोक निर्माण विभाग संभाग जगदलपुर",
    kind: "OFFICE",
    department: "PWD",
    district: "bastar",
    address: "Collectorate Road, Jagdalpur, Bastar",
    pincode: "494001",
    budgets: [
      { code: "2059-80-053-0101-31", nameEn: "Maintenance materials", nameHi: "संधारण सामग्री", allottedPaise: 150n * LAKH },
      { code: "2059-80-001-0101-35", nameEn: "Office furniture", nameHi: "कार्यालय फर्नीचर", allottedPaise: 6n * LAKH },
    ],
  },
  {
    code: "TWD-SRG-AC",
    nameEn: "Office of the Assistant Commissioner, Tribal Development, Surguja",
    nameHi: "सहायक आयुक्त, आदिवासी विकास कार्यालय, सरगुजा",
    kind: "OFFICE",
    department: "TWD",
    district: "surguja",
    address: "Collectorate Campus, Ambikapur, Surguja",
    pincode: "497001",
    budgets: [
      {
        code: "2225-02-277-0101-31",
        nameEn: "Hostels and ashrams – materials",
        nameHi: "छात्रावास एवं आश्रम – सामग्री",
        allottedPaise: 75n * LAKH,
      },
      {
        code: "2225-02-277-0101-35",
        nameEn: "Hostels and ashrams – furniture",
        nameHi: "छात्रावास एवं आश्रम – फर्नीचर",
        allottedPaise: 40n * LAKH,
      },
    ],
  },
  {
    code: "HOME-DRG-SP",
    nameEn: "Office of the Superintendent of Police, Durg",
    nameHi: "पुलिस अधीक्षक कार्यालय, दुर्ग",
    kind: "OFFICE",
    department: "HOME",
    district: "durg",
    address: "Civil Lines, Durg",
    pincode: "491001",
    budgets: [
      { code: "2055-00-109-0101-31", nameEn: "Materials and supplies", nameHi: "सामग्री एवं प्रदाय", allottedPaise: 35n * LAKH },
      { code: "2055-00-109-0101-41", nameEn: "Uniforms", nameHi: "वर्दी", allottedPaise: 80n * LAKH },
    ],
  },
];

export type AgencySeed = { code: string; nameEn: string; nameHi: string; thirdParty: boolean };

export const AGENCIES = [
  {
    code: "DOI-CG",
    nameEn: "Directorate of Industries, Chhattisgarh",
    nameHi: "उद्योग संचालनालय, छत्तीसगढ़",
    thirdParty: false,
  },
  {
    code: "MQAS",
    nameEn: "Mahanadi Quality Assurance Services Pvt. Ltd.",
    nameHi: "महानदी क्वालिटी एश्योरेंस सर्विसेज़ प्रा. लि.",
    thirdParty: true,
  },
] as const satisfies readonly AgencySeed[];

export type AgencyCode = (typeof AGENCIES)[number]["code"];
