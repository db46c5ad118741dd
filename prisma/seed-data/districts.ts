// Chhattisgarh's 33 districts (as of 2023), copied from the project's reference data
// (shared/data/cg-districts.csv). The slug is the stable key the seed upserts by.
export type DistrictSeed = { slug: string; nameEn: string; nameHi: string };

export const DISTRICTS = [
  { slug: "balod", nameEn: "Balod", nameHi: "बालोद" },
  { slug: "baloda-bazar", nameEn: "Baloda Bazar-Bhatapara", nameHi: "बलौदा बाजार-भाटापारा" },
  { slug: "balrampur", nameEn: "Balrampur-Ramanujganj", nameHi: "बलरामपुर-रामानुजगंज" },
  { slug: "bastar", nameEn: "Bastar", nameHi: "बस्तर" },
  { slug: "bemetara", nameEn: "Bemetara", nameHi: "बेमेतरा" },
  { slug: "bijapur", nameEn: "Bijapur", nameHi: "बीजापुर" },
  { slug: "bilaspur", nameEn: "Bilaspur", nameHi: "बिलासपुर" },
  { slug: "dantewada", nameEn: "Dantewada", nameHi: "दंतेवाड़ा" },
  { slug: "dhamtari", nameEn: "Dhamtari", nameHi: "धमतरी" },
  { slug: "durg", nameEn: "Durg", nameHi: "दुर्ग" },
  { slug: "gariaband", nameEn: "Gariaband", nameHi: "गरियाबंद" },
  { slug: "gaurela-pendra-marwahi", nameEn: "Gaurela-Pendra-Marwahi", nameHi: "गौरेला-पेंड्रा-मरवाही" },
  { slug: "janjgir-champa", nameEn: "Janjgir-Champa", nameHi: "जांजगीर-चांपा" },
  { slug: "jashpur", nameEn: "Jashpur", nameHi: "जशपुर" },
  { slug: "kabirdham", nameEn: "Kabirdham", nameHi: "कबीरधाम" },
  { slug: "kanker", nameEn: "Kanker", nameHi: "कांकेर" },
  { slug: "khairagarh", nameEn: "Khairagarh-Chhuikhadan-Gandai", nameHi: "खैरागढ़-छुईखदान-गंडई" },
  { slug: "kondagaon", nameEn: "Kondagaon", nameHi: "कोंडागांव" },
  { slug: "korba", nameEn: "Korba", nameHi: "कोरबा" },
  { slug: "koriya", nameEn: "Koriya", nameHi: "कोरिया" },
  { slug: "mahasamund", nameEn: "Mahasamund", nameHi: "महासमुंद" },
  { slug: "manendragarh", nameEn: "Manendragarh-Chirmiri-Bharatpur", nameHi: "मनेंद्रगढ़-चिरमिरी-भरतपुर" },
  { slug: "mohla-manpur", nameEn: "Mohla-Manpur-Ambagarh Chowki", nameHi: "मोहला-मानपुर-अंबागढ़ चौकी" },
  { slug: "mungeli", nameEn: "Mungeli", nameHi: "मुंगेली" },
  { slug: "narayanpur", nameEn: "Narayanpur", nameHi: "नारायणपुर" },
  { slug: "raigarh", nameEn: "Raigarh", nameHi: "रायगढ़" },
  { slug: "raipur", nameEn: "Raipur", nameHi: "रायपुर" },
  { slug: "rajnandgaon", nameEn: "Rajnandgaon", nameHi: "राजनांदगांव" },
  { slug: "sakti", nameEn: "Sakti", nameHi: "सक्ती" },
  { slug: "sarangarh-bilaigarh", nameEn: "Sarangarh-Bilaigarh", nameHi: "सारंगढ़-बिलाईगढ़" },
  { slug: "sukma", nameEn: "Sukma", nameHi: "सुकमा" },
  { slug: "surajpur", nameEn: "Surajpur", nameHi: "सूरजपुर" },
  { slug: "surguja", nameEn: "Surguja", nameHi: "सरगुजा" },
] as const satisfies readonly DistrictSeed[];

/** A district's slug, checked at compile time wherever the seed data names a district. */
export type DistrictSlug = (typeof DISTRICTS)[number]["slug"];
