import { usePersonalDataKinds } from '../personal-data/use-personal-data';
import { PersonalDataWarning } from '../personal-data/personal-data-warning';
import { TextAreaField, TextField } from './controls';

interface FreeTextProps {
  id: string;
  label: string;
  hint: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  /** How the form splits the text into what the API checks one by one. */
  pieces?: (value: string) => string[];
}

/** A one-line free text checked for personal data as it is typed. */
export function FreeTextLine({ pieces, ...props }: FreeTextProps) {
  const kinds = usePersonalDataKinds(props.value, pieces);
  const warningId = `${props.id}-personal-data`;
  return <TextField {...props} describedById={warningId} after={<PersonalDataWarning id={warningId} kinds={kinds} />} />;
}

/** A multi-line free text checked for personal data as it is typed. */
export function FreeTextArea({ pieces, ...props }: FreeTextProps) {
  const kinds = usePersonalDataKinds(props.value, pieces);
  const warningId = `${props.id}-personal-data`;
  return <TextAreaField {...props} describedById={warningId} after={<PersonalDataWarning id={warningId} kinds={kinds} />} />;
}
