// The item catalogue: categories and items that local small industries make, most of them on the
// state's reserved list (buyable only here, only from Chhattisgarh vendors). GST rates are those in
// force on 1 April 2025; HSN codes are the tariff headings the rates are notified under.

export const GST_EFFECTIVE_FROM = "2025-04-01";

export type CategorySeed = { code: string; nameEn: string; nameHi: string };

export const CATEGORIES = [
  { code: "FUR", nameEn: "Furniture", nameHi: "फर्नीचर" },
  { code: "STN", nameEn: "Stationery and paper", nameHi: "लेखन सामग्री एवं कागज़" },
  { code: "TEX", nameEn: "Textiles and uniforms", nameHi: "वस्त्र एवं गणवेश" },
  { code: "CLN", nameEn: "Cleaning and hygiene", nameHi: "साफ़-सफ़ाई एवं स्वच्छता सामग्री" },
  { code: "ELE", nameEn: "Electrical goods", nameHi: "विद्युत सामग्री" },
  { code: "AGR", nameEn: "Agricultural implements and tools", nameHi: "कृषि उपकरण एवं औज़ार" },
  { code: "FOD", nameEn: "Food products", nameHi: "खाद्य उत्पाद" },
  { code: "CON", nameEn: "Construction materials", nameHi: "निर्माण सामग्री" },
] as const satisfies readonly CategorySeed[];

type CategoryCode = (typeof CATEGORIES)[number]["code"];

// Specification parameter labels, shared so the same parameter reads the same on every item.
const LABELS = {
  material: ["Material", "सामग्री"],
  sheet_thickness_mm: ["Sheet thickness (mm)", "चादर की मोटाई (मि.मी.)"],
  size_mm: ["Size (mm)", "आकार (मि.मी.)"],
  size_cm: ["Size (cm)", "आकार (से.मी.)"],
  size: ["Size", "आकार"],
  finish: ["Finish", "सतह परिष्करण"],
  standard: ["Standard", "मानक"],
  shelves: ["Shelves", "ख़ाने"],
  drawers: ["Drawers", "दराज़"],
  timber: ["Timber", "लकड़ी"],
  seat_height_mm: ["Seat height (mm)", "सीट की ऊँचाई (मि.मी.)"],
  load_kg: ["Load capacity (kg)", "भार क्षमता (कि.ग्रा.)"],
  pages: ["Pages", "पृष्ठ"],
  gsm: ["Weight (GSM)", "भार (जीएसएम)"],
  binding: ["Binding", "जिल्द"],
  packing: ["Packing", "पैकिंग"],
  brightness: ["Brightness (ISO %)", "चमक (आईएसओ %)"],
  colour: ["Colour", "रंग"],
  fabric: ["Fabric", "कपड़ा"],
  sizes: ["Sizes", "नाप"],
  stitching: ["Stitching", "सिलाई"],
  width_cm: ["Width (cm)", "चौड़ाई (से.मी.)"],
  weight_g: ["Weight (g)", "वज़न (ग्राम)"],
  weight_kg: ["Weight (kg)", "वज़न (कि.ग्रा.)"],
  length_mm: ["Length (mm)", "लंबाई (मि.मी.)"],
  length_cm: ["Length (cm)", "लंबाई (से.मी.)"],
  mesh: ["Mesh", "जाली"],
  rwc: ["Rideal-Walker coefficient", "रिडील-वॉकर गुणांक"],
  active_matter: ["Active matter (min. %)", "सक्रिय पदार्थ (न्यूनतम %)"],
  available_chlorine: ["Available chlorine (min. %)", "उपलब्ध क्लोरीन (न्यूनतम %)"],
  total_fatty_matter: ["Total fatty matter (min. %)", "कुल वसीय पदार्थ (न्यूनतम %)"],
  ph: ["pH", "पीएच मान"],
  handle: ["Handle", "हत्था"],
  wattage: ["Wattage (W)", "वाट क्षमता (वॉट)"],
  luminous_flux: ["Luminous flux (lm)", "प्रकाश प्रवाह (ल्यूमेन)"],
  warranty: ["Warranty", "वारंटी"],
  sweep_mm: ["Sweep (mm)", "पंखे का घेरा (मि.मी.)"],
  conductor: ["Conductor", "चालक"],
  rating: ["Rating", "रेटिंग"],
  breaking_capacity: ["Breaking capacity", "विच्छेदन क्षमता"],
  battery: ["Battery", "बैटरी"],
  solar_panel: ["Solar panel", "सौर पैनल"],
  pole: ["Pole", "खंभा"],
  blade: ["Blade", "ब्लेड"],
  hardness: ["Hardness", "कठोरता"],
  capacity_l: ["Capacity (litres)", "क्षमता (लीटर)"],
  pressure: ["Working pressure", "कार्यकारी दबाव"],
  wheel: ["Wheel", "पहिया"],
  moisture: ["Moisture (max. %)", "नमी (अधिकतम %)"],
  reducing_sugars: ["Total reducing sugars (min. %)", "कुल अपचायी शर्करा (न्यूनतम %)"],
  foreign_matter: ["Foreign matter (max. %)", "बाहरी पदार्थ (अधिकतम %)"],
  shelf_life: ["Shelf life", "उपयोग अवधि"],
  compressive_strength: ["Compressive strength (min. N/mm²)", "संपीडन सामर्थ्य (न्यूनतम न्यूटन/मि.मी.²)"],
  water_absorption: ["Water absorption (max. %)", "जल अवशोषण (अधिकतम %)"],
  thickness_mm: ["Thickness (mm)", "मोटाई (मि.मी.)"],
  diameter_mm: ["Diameter (mm)", "व्यास (मि.मी.)"],
  pipe_class: ["Class", "श्रेणी"],
  grade: ["Grade", "ग्रेड"],
  frame: ["Frame", "फ़्रेम"],
  glass: ["Glass", "काँच"],
  reinforcement: ["Reinforcement", "सरिया"],
} as const satisfies Record<string, readonly [string, string]>;

type SpecKey = keyof typeof LABELS;

export type ItemSpec = { key: string; labelEn: string; labelHi: string; requirement: string };

export type ItemSeed = {
  code: string;
  category: CategoryCode;
  nameEn: string;
  nameHi: string;
  unit: string;
  hsn: string;
  gstRateBp: number;
  reserved: boolean;
  preDispatchInspection: boolean;
  specs: ItemSpec[];
};

type ItemRow = Omit<ItemSeed, "category" | "specs"> & { specs: [SpecKey, string][] };

function spec([key, requirement]: [SpecKey, string]): ItemSpec {
  const [labelEn, labelHi] = LABELS[key];
  return { key, labelEn, labelHi, requirement };
}

function category(code: CategoryCode, rows: ItemRow[]): ItemSeed[] {
  return rows.map((row) => ({ ...row, category: code, specs: row.specs.map(spec) }));
}

const R = { reserved: true, preDispatchInspection: false };
const R_PDI = { reserved: true, preDispatchInspection: true };
const OPEN = { reserved: false, preDispatchInspection: false };

export const ITEMS: readonly ItemSeed[] = [
  ...category("FUR", [
    {
      code: "FUR-001", nameEn: "Steel almirah, large (4 shelves)", nameHi: "स्टील अलमारी, बड़ी (4 ख़ाने)",
      unit: "NOS", hsn: "94031010", gstRateBp: 1800, ...R_PDI,
      specs: [["sheet_thickness_mm", "0.8 (CRCA, 22 SWG)"], ["size_mm", "1980 × 915 × 480"], ["shelves", "4, adjustable"], ["standard", "IS 3312"]],
    },
    {
      code: "FUR-002", nameEn: "Steel office table with 3 drawers", nameHi: "स्टील ऑफ़िस टेबल (3 दराज़)",
      unit: "NOS", hsn: "94031010", gstRateBp: 1800, ...R,
      specs: [["size_mm", "1220 × 760 × 750"], ["sheet_thickness_mm", "1.0 top, 0.8 body (CRCA)"], ["drawers", "3, with central lock"], ["finish", "Epoxy powder coated"]],
    },
    {
      code: "FUR-003", nameEn: "Wooden school desk-bench (two-seater)", nameHi: "लकड़ी की स्कूल डेस्क-बेंच (दो सीट)",
      unit: "NOS", hsn: "940360", gstRateBp: 1800, ...R_PDI,
      specs: [["timber", "Sal or teak, seasoned and treated, 25 mm planks"], ["size_mm", "1050 × 750 × 760"], ["finish", "Two coats of melamine polish"]],
    },
    {
      code: "FUR-004", nameEn: "Steel folding chair", nameHi: "स्टील फ़ोल्डिंग कुर्सी",
      unit: "NOS", hsn: "9401", gstRateBp: 1800, ...R,
      specs: [["material", "MS tube 19 mm × 18 SWG"], ["finish", "Powder coated frame, rexine cushion"], ["load_kg", "100"]],
    },
    {
      code: "FUR-005", nameEn: "Teak office chair with arms", nameHi: "सागौन लकड़ी की ऑफ़िस कुर्सी (हत्थेदार)",
      unit: "NOS", hsn: "940169", gstRateBp: 1800, ...R,
      specs: [["timber", "Teak, seasoned"], ["seat_height_mm", "450"], ["finish", "Melamine polish, cane seat"]],
    },
    {
      code: "FUR-006", nameEn: "Hospital bed, plain (steel)", nameHi: "अस्पताल पलंग, सादा (स्टील)",
      unit: "NOS", hsn: "9402", gstRateBp: 1200, ...R_PDI,
      specs: [["size_mm", "1980 × 910 × 610"], ["material", "MS tubular frame 25 mm × 16 SWG, CRCA top"], ["load_kg", "150"], ["finish", "Epoxy powder coated"]],
    },
    {
      code: "FUR-007", nameEn: "Bamboo chair", nameHi: "बाँस की कुर्सी",
      unit: "NOS", hsn: "940152", gstRateBp: 1200, ...R,
      specs: [["material", "Treated bamboo with cane binding"], ["load_kg", "100"], ["finish", "Clear lacquer"]],
    },
    {
      code: "FUR-008", nameEn: "Steel bunk bed for hostels", nameHi: "छात्रावास हेतु स्टील डबल-डेकर पलंग",
      unit: "NOS", hsn: "940320", gstRateBp: 1800, ...R_PDI,
      specs: [["size_mm", "1980 × 915 × 1650"], ["material", "MS pipe 38 mm × 16 SWG"], ["load_kg", "120 per berth"]],
    },
  ]),
  ...category("STN", [
    {
      code: "STN-001", nameEn: "Exercise notebook, 172 pages, ruled", nameHi: "कॉपी, 172 पृष्ठ, रूलदार",
      unit: "NOS", hsn: "48202000", gstRateBp: 1200, ...R,
      specs: [["pages", "172"], ["gsm", "58"], ["size_cm", "24 × 18"], ["binding", "Centre stitched"]],
    },
    {
      code: "STN-002", nameEn: "Register, 400 pages, hard bound", nameHi: "रजिस्टर, 400 पृष्ठ, जिल्दबंद",
      unit: "NOS", hsn: "48201010", gstRateBp: 1200, ...R,
      specs: [["pages", "400"], ["gsm", "70"], ["size_cm", "33 × 21 (foolscap)"], ["binding", "Hard bound, cloth spine"]],
    },
    {
      code: "STN-003", nameEn: "File cover, pressboard", nameHi: "फ़ाइल कवर, प्रेसबोर्ड",
      unit: "NOS", hsn: "48203000", gstRateBp: 1200, ...R,
      specs: [["material", "Pressboard, 450 GSM, with steel clip"], ["size_cm", "34 × 24 (foolscap)"], ["colour", "Buff"]],
    },
    {
      code: "STN-004", nameEn: "Kraft envelope, C4 (pack of 100)", nameHi: "ख़ाकी लिफ़ाफ़ा, सी4 (100 का पैकेट)",
      unit: "PKT", hsn: "48171000", gstRateBp: 1800, ...R,
      specs: [["size_mm", "324 × 229"], ["gsm", "100, kraft"], ["packing", "100 envelopes per packet"]],
    },
    {
      code: "STN-005", nameEn: "White chalk, dustless (box of 100)", nameHi: "सफ़ेद चॉक, धूलरहित (100 का डिब्बा)",
      unit: "BOX", hsn: "9609", gstRateBp: 0, ...R,
      specs: [["material", "Plaster of Paris, dustless"], ["length_mm", "80"], ["packing", "100 sticks per box"]],
    },
    {
      code: "STN-006", nameEn: "Copier paper A4, 75 GSM", nameHi: "ए4 कॉपियर पेपर, 75 जीएसएम",
      unit: "REAM", hsn: "480256", gstRateBp: 1200, ...OPEN,
      specs: [["gsm", "75"], ["size_mm", "210 × 297 (A4)"], ["brightness", "90 or more"], ["packing", "500 sheets per ream"]],
    },
    {
      code: "STN-007", nameEn: "Ball point pen, blue (box of 10)", nameHi: "बॉल पेन, नीली स्याही (10 का डिब्बा)",
      unit: "BOX", hsn: "960810", gstRateBp: 1800, ...OPEN,
      specs: [["colour", "Blue ink"], ["size", "0.7 mm tip"], ["packing", "10 pens per box"]],
    },
  ]),
  ...category("TEX", [
    {
      code: "TEX-001", nameEn: "School uniform shirt (boys)", nameHi: "स्कूल गणवेश – शर्ट (छात्र)",
      unit: "NOS", hsn: "6205", gstRateBp: 500, ...R_PDI,
      specs: [["fabric", "Polyester-cotton 67:33, 110 GSM"], ["colour", "White"], ["sizes", "22 to 40 (chest, inches)"], ["stitching", "Double-stitched seams, one pocket"]],
    },
    {
      code: "TEX-002", nameEn: "School uniform trousers (boys)", nameHi: "स्कूल गणवेश – फुल पैंट (छात्र)",
      unit: "NOS", hsn: "6203", gstRateBp: 500, ...R,
      specs: [["fabric", "Polyester-viscose 65:35, 220 GSM"], ["colour", "Navy blue"], ["sizes", "22 to 36 (waist, inches)"]],
    },
    {
      code: "TEX-003", nameEn: "School uniform salwar-kurta set (girls)", nameHi: "स्कूल गणवेश – सलवार-कुर्ता सेट (छात्रा)",
      unit: "SET", hsn: "6204", gstRateBp: 500, ...R,
      specs: [["fabric", "Polyester-cotton 67:33"], ["colour", "Sky-blue kurta, navy-blue salwar and dupatta"], ["sizes", "S to XXL"]],
    },
    {
      code: "TEX-004", nameEn: "Woollen blanket", nameHi: "ऊनी कंबल",
      unit: "NOS", hsn: "630120", gstRateBp: 1200, ...R,
      specs: [["material", "Wool blend, wool 50 % or more"], ["size_cm", "220 × 150"], ["weight_kg", "1.8"], ["colour", "Grey"]],
    },
    {
      code: "TEX-005", nameEn: "Cotton durrie", nameHi: "सूती दरी",
      unit: "NOS", hsn: "5702", gstRateBp: 1200, ...R,
      specs: [["material", "Cotton, handloom woven"], ["size_cm", "180 × 120"], ["weight_kg", "2.5"]],
    },
    {
      code: "TEX-006", nameEn: "Hospital bedsheet, white cotton", nameHi: "अस्पताल की सूती चादर, सफ़ेद",
      unit: "NOS", hsn: "630231", gstRateBp: 500, ...R,
      specs: [["fabric", "100 % cotton, 144 threads per inch"], ["size_cm", "225 × 150"], ["colour", "White"]],
    },
    {
      code: "TEX-007", nameEn: "Mosquito net, double bed", nameHi: "मच्छरदानी, डबल बेड",
      unit: "NOS", hsn: "6304", gstRateBp: 1200, ...R,
      specs: [["mesh", "Polyester, 156 holes per square inch"], ["size_cm", "180 × 150 × 180"], ["colour", "White"]],
    },
    {
      code: "TEX-008", nameEn: "Cotton towel", nameHi: "सूती तौलिया",
      unit: "NOS", hsn: "63026000", gstRateBp: 500, ...R,
      specs: [["fabric", "Cotton terry, 400 GSM"], ["size_cm", "150 × 75"], ["colour", "White"]],
    },
    {
      code: "TEX-009", nameEn: "Khaki drill cloth for police uniforms", nameHi: "पुलिस वर्दी हेतु ख़ाकी ड्रिल कपड़ा",
      unit: "MTR", hsn: "5514", gstRateBp: 500, ...R,
      specs: [["fabric", "Polyester-cotton drill 67:33"], ["gsm", "250"], ["width_cm", "147"], ["colour", "Khaki (police shade)"]],
    },
  ]),
  ...category("CLN", [
    {
      code: "CLN-001", nameEn: "Black phenyl (disinfectant fluid)", nameHi: "काला फिनाइल (कीटाणुनाशक द्रव)",
      unit: "LTR", hsn: "38089400", gstRateBp: 1800, ...R,
      specs: [["standard", "IS 1061"], ["rwc", "5 or more"], ["packing", "5-litre HDPE can"]],
    },
    {
      code: "CLN-002", nameEn: "Detergent powder", nameHi: "डिटर्जेंट पाउडर",
      unit: "KG", hsn: "3402", gstRateBp: 1800, ...R,
      specs: [["standard", "IS 4955"], ["active_matter", "18"], ["packing", "1 kg pouch"]],
    },
    {
      code: "CLN-003", nameEn: "Grass broom (phool jhadu)", nameHi: "फूल झाड़ू",
      unit: "NOS", hsn: "96031000", gstRateBp: 0, ...R,
      specs: [["material", "Broom grass, tightly bound"], ["weight_g", "300 or more"], ["handle", "Plastic grip, 25 cm"]],
    },
    {
      code: "CLN-004", nameEn: "Coconut-stick broom (seek jhadu)", nameHi: "सींक झाड़ू (नारियल)",
      unit: "NOS", hsn: "96031000", gstRateBp: 0, ...R,
      specs: [["material", "Coconut leaf midribs"], ["weight_g", "500 or more"], ["length_cm", "90"]],
    },
    {
      code: "CLN-005", nameEn: "Floor mop with handle", nameHi: "पोंछा (डंडे सहित)",
      unit: "NOS", hsn: "96039000", gstRateBp: 1800, ...R,
      specs: [["material", "Cotton yarn head, 250 g"], ["handle", "Steel, 120 cm"]],
    },
    {
      code: "CLN-006", nameEn: "Bleaching powder", nameHi: "ब्लीचिंग पाउडर",
      unit: "KG", hsn: "282810", gstRateBp: 1800, ...R,
      specs: [["standard", "IS 1065"], ["available_chlorine", "34"], ["packing", "25 kg HDPE bag"]],
    },
    {
      code: "CLN-007", nameEn: "Liquid hand wash", nameHi: "तरल हैंड वॉश",
      unit: "LTR", hsn: "340130", gstRateBp: 1800, ...OPEN,
      specs: [["ph", "5.5 to 7.0"], ["packing", "5-litre can"], ["shelf_life", "24 months"]],
    },
    {
      code: "CLN-008", nameEn: "Washing soap bar", nameHi: "कपड़े धोने का साबुन (बट्टी)",
      unit: "KG", hsn: "340119", gstRateBp: 1800, ...R,
      specs: [["total_fatty_matter", "60"], ["weight_g", "250 per bar"]],
    },
  ]),
  ...category("ELE", [
    {
      code: "ELE-001", nameEn: "LED bulb, 9 W, B22", nameHi: "एलईडी बल्ब, 9 वॉट, बी22",
      unit: "NOS", hsn: "853952", gstRateBp: 1200, ...OPEN,
      specs: [["wattage", "9"], ["luminous_flux", "810 or more"], ["standard", "IS 16102, BIS registered"], ["warranty", "2 years"]],
    },
    {
      code: "ELE-002", nameEn: "LED tube light, 20 W, 4 ft", nameHi: "एलईडी ट्यूबलाइट, 20 वॉट, 4 फ़ुट",
      unit: "NOS", hsn: "853952", gstRateBp: 1200, ...OPEN,
      specs: [["wattage", "20"], ["luminous_flux", "2000 or more"], ["length_mm", "1200"], ["warranty", "2 years"]],
    },
    {
      code: "ELE-003", nameEn: "Ceiling fan, 1200 mm", nameHi: "छत का पंखा, 1200 मि.मी.",
      unit: "NOS", hsn: "84145110", gstRateBp: 1800, ...OPEN,
      specs: [["sweep_mm", "1200"], ["standard", "IS 374, BEE star rated"], ["warranty", "2 years"]],
    },
    {
      code: "ELE-004", nameEn: "PVC-insulated copper wire, 1.5 sq mm (90 m coil)", nameHi: "पीवीसी इंसुलेटेड तांबे का तार, 1.5 वर्ग मि.मी. (90 मी. कुंडल)",
      unit: "NOS", hsn: "854449", gstRateBp: 1800, ...OPEN,
      specs: [["conductor", "Multi-strand annealed copper, 1.5 sq mm"], ["standard", "IS 694, FR-LSH"], ["length_mm", "90 000 (one coil)"]],
    },
    {
      code: "ELE-005", nameEn: "Solar street light, 12 W LED, with pole", nameHi: "सोलर स्ट्रीट लाइट, 12 वॉट एलईडी, खंभे सहित",
      unit: "SET", hsn: "940541", gstRateBp: 1200, ...R_PDI,
      specs: [["solar_panel", "40 Wp monocrystalline"], ["battery", "LiFePO4 12.8 V, 30 Ah"], ["pole", "GI, 4 m above ground"], ["warranty", "5 years"]],
    },
    {
      code: "ELE-006", nameEn: "Miniature circuit breaker, 16 A, single pole", nameHi: "मिनिएचर सर्किट ब्रेकर, 16 ए, सिंगल पोल",
      unit: "NOS", hsn: "853620", gstRateBp: 1800, ...OPEN,
      specs: [["rating", "16 A, C curve"], ["breaking_capacity", "10 kA"], ["standard", "IS/IEC 60898-1"]],
    },
    {
      code: "ELE-007", nameEn: "Distribution board, 8-way, double door", nameHi: "विद्युत वितरण बोर्ड, 8-वे, डबल डोर",
      unit: "NOS", hsn: "853710", gstRateBp: 1800, ...R_PDI,
      specs: [["sheet_thickness_mm", "1.2 (CRCA)"], ["finish", "Powder coated"], ["rating", "8 ways, 63 A incomer"]],
    },
  ]),
  ...category("AGR", [
    {
      code: "AGR-001", nameEn: "Spade (phawda)", nameHi: "फावड़ा",
      unit: "NOS", hsn: "82011000", gstRateBp: 0, ...R,
      specs: [["standard", "IS 274"], ["blade", "High-carbon steel, hardened"], ["weight_kg", "1.8"]],
    },
    {
      code: "AGR-002", nameEn: "Pickaxe (gainti)", nameHi: "गैंती",
      unit: "NOS", hsn: "82013000", gstRateBp: 0, ...R,
      specs: [["material", "Forged carbon steel"], ["weight_kg", "2.5 (head)"], ["handle", "Seasoned wood, 90 cm"]],
    },
    {
      code: "AGR-003", nameEn: "Sickle (hansiya)", nameHi: "हँसिया",
      unit: "NOS", hsn: "820190", gstRateBp: 0, ...R,
      specs: [["blade", "Serrated high-carbon steel, 200 mm"], ["handle", "Wood"]],
    },
    {
      code: "AGR-004", nameEn: "Iron pan (tasla), 450 mm", nameHi: "लोहे का तसला, 450 मि.मी.",
      unit: "NOS", hsn: "7323", gstRateBp: 1200, ...R,
      specs: [["diameter_mm", "450"], ["sheet_thickness_mm", "0.8 (22 SWG)"], ["material", "Mild steel sheet"]],
    },
    {
      code: "AGR-005", nameEn: "Knapsack sprayer, 16 litres", nameHi: "नैपसैक स्प्रेयर, 16 लीटर",
      unit: "NOS", hsn: "84244100", gstRateBp: 1200, ...OPEN,
      specs: [["capacity_l", "16"], ["material", "HDPE tank, brass lance"], ["pressure", "Up to 3 kg/cm²"]],
    },
    {
      code: "AGR-006", nameEn: "Wheelbarrow, steel tray", nameHi: "हाथ ठेला (व्हीलबैरो), स्टील ट्रे",
      unit: "NOS", hsn: "871680", gstRateBp: 1200, ...R_PDI,
      specs: [["capacity_l", "85"], ["sheet_thickness_mm", "1.6 (16 SWG)"], ["wheel", "Pneumatic tyre, 16 inch"]],
    },
    {
      code: "AGR-007", nameEn: "Crowbar (sabbal), 150 cm", nameHi: "सब्बल, 150 से.मी.",
      unit: "NOS", hsn: "820559", gstRateBp: 1800, ...R,
      specs: [["length_cm", "150"], ["weight_kg", "6"], ["material", "Forged carbon steel, pointed and chisel ends"]],
    },
  ]),
  ...category("FOD", [
    {
      code: "FOD-001", nameEn: "Natural honey", nameHi: "शुद्ध शहद",
      unit: "KG", hsn: "04090000", gstRateBp: 500, ...R,
      specs: [["moisture", "20"], ["reducing_sugars", "65"], ["packing", "1 kg PET jar, FSSAI labelled"]],
    },
    {
      code: "FOD-002", nameEn: "Jaggery (gur)", nameHi: "गुड़",
      unit: "KG", hsn: "1701", gstRateBp: 0, ...R,
      specs: [["moisture", "10"], ["colour", "Golden brown, no added chemicals"], ["packing", "1 kg block"]],
    },
    {
      code: "FOD-003", nameEn: "Kodo-kutki millet", nameHi: "कोदो-कुटकी",
      unit: "KG", hsn: "100829", gstRateBp: 500, ...R,
      specs: [["moisture", "12"], ["foreign_matter", "1"], ["packing", "1 kg labelled pack"]],
    },
    {
      code: "FOD-004", nameEn: "Ragi flour", nameHi: "रागी आटा",
      unit: "KG", hsn: "110290", gstRateBp: 500, ...R,
      specs: [["moisture", "12"], ["packing", "1 kg labelled pack"], ["shelf_life", "3 months"]],
    },
    {
      code: "FOD-005", nameEn: "Sal-leaf plates and bowls (dona-pattal, pack of 100)", nameHi: "साल पत्ते के दोना-पत्तल (100 का पैकेट)",
      unit: "PKT", hsn: "1404", gstRateBp: 0, ...R,
      specs: [["material", "Sal leaves, machine pressed"], ["size", "Plate 30 cm, bowl 10 cm"], ["packing", "100 pieces per packet"]],
    },
    {
      code: "FOD-006", nameEn: "Pigeon pea split (tur dal)", nameHi: "अरहर (तुअर) दाल",
      unit: "KG", hsn: "07136000", gstRateBp: 500, ...OPEN,
      specs: [["moisture", "12"], ["foreign_matter", "0.5"], ["packing", "1 kg labelled pack"]],
    },
  ]),
  ...category("CON", [
    {
      code: "CON-001", nameEn: "Fly ash brick", nameHi: "फ्लाई ऐश ईंट",
      unit: "NOS", hsn: "681599", gstRateBp: 1200, ...R_PDI,
      specs: [["standard", "IS 12894"], ["compressive_strength", "7.5"], ["size_mm", "230 × 110 × 75"], ["water_absorption", "20"]],
    },
    {
      code: "CON-002", nameEn: "Concrete paver block, 80 mm", nameHi: "कंक्रीट पेवर ब्लॉक, 80 मि.मी.",
      unit: "SQM", hsn: "681019", gstRateBp: 1800, ...R,
      specs: [["standard", "IS 15658"], ["thickness_mm", "80"], ["compressive_strength", "30"], ["colour", "Grey"]],
    },
    {
      code: "CON-003", nameEn: "RCC hume pipe, 600 mm, NP2", nameHi: "आरसीसी ह्यूम पाइप, 600 मि.मी., एनपी2",
      unit: "MTR", hsn: "681099", gstRateBp: 1800, ...R_PDI,
      specs: [["standard", "IS 458"], ["diameter_mm", "600 (internal)"], ["pipe_class", "NP2"]],
    },
    {
      code: "CON-004", nameEn: "Burnt clay brick", nameHi: "पकी मिट्टी की ईंट",
      unit: "NOS", hsn: "690100", gstRateBp: 1200, ...R,
      specs: [["standard", "IS 1077"], ["compressive_strength", "7.5"], ["size_mm", "230 × 110 × 70"], ["water_absorption", "20"]],
    },
    {
      code: "CON-005", nameEn: "Steel window with grill", nameHi: "स्टील खिड़की (ग्रिल सहित)",
      unit: "SQM", hsn: "73083000", gstRateBp: 1800, ...R,
      specs: [["frame", "MS angle 35 × 35 × 5 mm"], ["reinforcement", "12 mm square bars at 100 mm centres"], ["glass", "4 mm plain"], ["finish", "Red-oxide primer and two coats of enamel"]],
    },
    {
      code: "CON-006", nameEn: "TMT bar, Fe 500D, 12 mm", nameHi: "टीएमटी सरिया, एफ़ई 500डी, 12 मि.मी.",
      unit: "KG", hsn: "721420", gstRateBp: 1800, ...OPEN,
      specs: [["grade", "Fe 500D"], ["diameter_mm", "12"], ["standard", "IS 1786"]],
    },
    {
      code: "CON-007", nameEn: "RCC fencing pole, 2.1 m", nameHi: "आरसीसी फ़ेंसिंग खंभा, 2.1 मी.",
      unit: "NOS", hsn: "681091", gstRateBp: 1800, ...R,
      specs: [["size_mm", "100 × 100 × 2100"], ["grade", "M20 concrete"], ["reinforcement", "4 bars of 6 mm"]],
    },
  ]),
];
