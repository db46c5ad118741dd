/** Put in a message where the number goes: `t("order.title", { number: NUMBER_SLOT })`. */
export const NUMBER_SLOT = "\u2063";

/**
 * A translated title with a document number kept on one line ("PO/2026-27/000019" must not break
 * at "/" or "-" on a 360 px phone — issue 15); the words around it still wrap.
 */
export function WithNumber({ template, number }: { template: string; number: string }) {
  const [before, after = ""] = template.split(NUMBER_SLOT);
  return (
    <>
      {before}
      <span className="whitespace-nowrap">{number}</span>
      {after}
    </>
  );
}
