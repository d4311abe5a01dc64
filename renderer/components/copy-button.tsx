import { Button, Tooltip } from '@fluentui/react-components';
import { CopyRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useCopyText } from './use-copy-text.js';

/** A copy button for a non-secret value; `label` names the value for screen readers and the toast. */
export function CopyButton({
  value,
  label,
  disabled,
}: {
  value: string;
  label: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const copy = useCopyText();
  const name = t('common:actions.copyValue', { label });
  return (
    <Tooltip content={name} relationship="label">
      <Button
        appearance="subtle"
        icon={<CopyRegular />}
        disabled={disabled === true || value === ''}
        onClick={() => void copy(value, label)}
      />
    </Tooltip>
  );
}
