import { useTranslations } from "next-intl";
import { Button, ButtonLink } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Select, type SelectOption } from "@/components/ui/select";

export type SearchFormValues = { q: string; category: string; district: string; reserved: boolean; min: string; max: string };

/**
 * The catalogue search: a plain GET form, so results are a bookmarkable URL and it works without
 * JavaScript. Price bounds are landed prices (with GST), the price a buyer pays.
 */
export function SearchForm(props: {
  values: SearchFormValues;
  categories: SelectOption[];
  districts: SelectOption[];
  fieldErrors: Record<string, string[]>;
}) {
  const t = useTranslations("catalogue.search");
  const { values, fieldErrors } = props;
  const filtering = Boolean(values.category || values.district || values.reserved || values.min || values.max || Object.keys(fieldErrors).length);
  return (
    <form action="/catalogue" method="get" role="search" aria-label={t("label")} className="space-y-3 rounded-lg border border-slate-300 bg-slate-50 p-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-56">
          <Field name="q" type="search" label={t("q")} hint={t("qHint")} defaultValue={values.q} enterKeyHint="search" />
        </div>
        <Button type="submit">{t("submit")}</Button>
      </div>
      {/* On a phone the filters would push the results a screen down: folded away unless in use. */}
      <details open={filtering} className="group">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-blue-900 underline">{t("moreFilters")}</summary>
        <div className="mt-3 space-y-4">
          <div className="grid gap-4 sm:grid-cols-2">
            <Select name="category" label={t("category")} placeholder={t("anyCategory")} options={props.categories} defaultValue={values.category} />
            <Select name="district" label={t("district")} placeholder={t("anyDistrict")} options={props.districts} defaultValue={values.district} />
            <Field name="min" label={t("min")} inputMode="decimal" defaultValue={values.min} error={fieldErrors.min} />
            <Field name="max" label={t("max")} inputMode="decimal" defaultValue={values.max} error={fieldErrors.max} />
          </div>
          <p className="text-slate-700">{t("priceHint")}</p>
          <Checkbox name="reserved" value="1" label={t("reservedOnly")} defaultChecked={values.reserved} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="secondary">{t("apply")}</Button>
            <ButtonLink href="/catalogue" variant="ghost">
              {t("clear")}
            </ButtonLink>
          </div>
        </div>
      </details>
    </form>
  );
}
