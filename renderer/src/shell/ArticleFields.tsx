// The metadata fields an article has wherever it is entered or edited: title, outlet, date, URL, language.
import { useTranslation } from 'react-i18next';

export interface ArticleFieldValues {
  readonly title: string;
  readonly outlet: string;
  readonly publishedAt: string;
  readonly url: string;
  readonly language: string;
}

type OnField = (key: keyof ArticleFieldValues) => (e: { target: { value: string } }) => void;

/** The language choices: '' (detect it), 'fr', 'en', 'und' (other or undetermined). */
export type LanguageChoice = '' | 'fr' | 'en' | 'und';

export function ArticleFields({
  values,
  onField,
  languages,
}: {
  readonly values: ArticleFieldValues;
  readonly onField: OnField;
  /** The language choices; the first is the default. */
  readonly languages: readonly LanguageChoice[];
}) {
  const { t } = useTranslation();
  return (
    <>
      <label>
        {t('article.field.title')} <input required value={values.title} onChange={onField('title')} />
      </label>
      <label>
        {t('article.field.outlet')} <input value={values.outlet} onChange={onField('outlet')} />
      </label>
      <label>
        {t('article.field.published')}{' '}
        <input type="date" value={values.publishedAt} onChange={onField('publishedAt')} />
      </label>
      <label>
        {t('article.field.url')} <input type="url" value={values.url} onChange={onField('url')} />
      </label>
      <label>
        {t('article.field.language')}{' '}
        <select value={values.language} onChange={onField('language')}>
          {languages.map((value) => (
            <option key={value} value={value}>
              {t(`article.language.${value || 'detect'}`)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
