// The metadata fields an article has wherever it is entered or edited: title, outlet, date, URL, language.
export interface ArticleFieldValues {
  readonly title: string;
  readonly outlet: string;
  readonly publishedAt: string;
  readonly url: string;
  readonly language: string;
}

type OnField = (key: keyof ArticleFieldValues) => (e: { target: { value: string } }) => void;

export function ArticleFields({
  values,
  onField,
  languages,
}: {
  readonly values: ArticleFieldValues;
  readonly onField: OnField;
  /** The language choices, value and label; the first is the default. */
  readonly languages: readonly (readonly [string, string])[];
}) {
  return (
    <>
      <label>
        Title <input required value={values.title} onChange={onField('title')} />
      </label>
      <label>
        Outlet <input value={values.outlet} onChange={onField('outlet')} />
      </label>
      <label>
        Published <input type="date" value={values.publishedAt} onChange={onField('publishedAt')} />
      </label>
      <label>
        URL <input type="url" value={values.url} onChange={onField('url')} />
      </label>
      <label>
        Language{' '}
        <select value={values.language} onChange={onField('language')}>
          {languages.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
