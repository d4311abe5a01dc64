import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import { useId, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    cursor: 'pointer',
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
    },
  },
  active: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  disabled: { cursor: 'default', opacity: 0.6 },
  icon: { fontSize: '28px', color: tokens.colorBrandForeground1, flexShrink: 0 },
  text: { display: 'flex', flexDirection: 'column' },
});

/**
 * Drop target for a metadata or certificate file. It is also a button: Enter
 * or Space opens the native dialog, so the zone never requires a mouse.
 */
export function DropZone({
  disabled,
  onDrop,
  onActivate,
}: {
  disabled: boolean;
  onDrop: (file: File) => void;
  onActivate: () => void;
}) {
  const { t } = useTranslation('idp');
  const styles = useStyles();
  const [over, setOver] = useState(false);
  const hintId = useId();

  const accept = (event: DragEvent) => {
    if (disabled) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onDrop(file);
  };
  const key = (event: KeyboardEvent) => {
    if (disabled || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    onActivate();
  };

  return (
    <div
      role="button"
      tabIndex={disabled ? -1 : 0}
      aria-disabled={disabled}
      aria-describedby={hintId}
      aria-label={t('upload.dropLabel')}
      data-testid="idp-drop-zone"
      className={mergeClasses(styles.zone, over && styles.active, disabled && styles.disabled)}
      onClick={() => !disabled && onActivate()}
      onKeyDown={key}
      onDragEnter={accept}
      onDragOver={accept}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <ArrowUploadRegular className={styles.icon} aria-hidden />
      <span className={styles.text}>
        <Text weight="semibold">{t('upload.dropTitle')}</Text>
        <Text id={hintId} size={200}>
          {t('upload.dropHint')}
        </Text>
      </span>
    </div>
  );
}
