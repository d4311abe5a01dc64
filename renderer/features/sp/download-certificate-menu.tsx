import {
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';

/** « Télécharger le certificat »: PEM (.pem/.crt) or DER (.cer), the forms Entra and AD FS take. */
export function DownloadCertificateMenu({
  label,
  disabled,
  onDownload,
}: {
  label: string;
  disabled: boolean;
  onDownload: (format: 'pem' | 'der') => void;
}) {
  const { t } = useTranslation('sp');
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton icon={<ArrowDownloadRegular />} disabled={disabled}>
          {label}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem onClick={() => onDownload('pem')}>{t('cert.formatPem')}</MenuItem>
          <MenuItem onClick={() => onDownload('der')}>{t('cert.formatDer')}</MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
