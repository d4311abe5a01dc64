import {
  Badge,
  Button,
  Checkbox,
  Field,
  SearchBox,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntitySummary } from '../../../preload/contract/idp.js';
import { filterEntities, isIdp } from './entity-filter.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  controls: {
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    alignItems: 'flex-end',
    flexWrap: 'wrap',
  },
  search: { flexGrow: 1, minWidth: '280px' },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    maxHeight: '320px',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  chosen: { backgroundColor: tokens.colorBrandBackground2 },
  names: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  mono: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: '12px',
    overflowWrap: 'anywhere',
  },
  roles: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

/**
 * Picks the IdP of a federation aggregate. Filters as the admin types and
 * renders only the first matches (aggregates hold thousands of entities).
 */
export function EntityPicker({
  entities,
  chosen,
  disabled,
  onPick,
}: {
  entities: readonly EntitySummary[];
  chosen: string | undefined;
  disabled: boolean;
  onPick: (entityId: string) => void;
}) {
  const { t, i18n } = useTranslation('idp');
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const [idpsOnly, setIdpsOnly] = useState(true);
  const deferred = useDeferredValue(query);
  const { shown, total } = useMemo(
    () => filterEntities(entities, deferred, idpsOnly),
    [entities, deferred, idpsOnly],
  );
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <div className={styles.root} data-testid="idp-entity-picker">
      <div className={styles.controls}>
        <Field className={styles.search} label={t('picker.search')} hint={t('picker.searchHint')}>
          <SearchBox value={query} onChange={(_e, data) => setQuery(data.value)} />
        </Field>
        <Checkbox
          checked={idpsOnly}
          onChange={(_e, data) => setIdpsOnly(data.checked === true)}
          label={t('picker.idpsOnly')}
        />
      </div>
      <Text aria-live="polite" data-testid="idp-picker-count">
        {t('picker.count', {
          count: total,
          shown: number.format(shown.length),
          total: number.format(total),
          all: number.format(entities.length),
        })}
      </Text>
      <ul className={styles.list} aria-label={t('picker.listLabel')}>
        {shown.map((entity) => {
          const selectable = isIdp(entity);
          const isChosen = entity.entityId === chosen;
          return (
            <li
              key={`${entity.entityId}-${entity.line}`}
              className={mergeClasses(styles.item, isChosen && styles.chosen)}
              data-testid="idp-picker-entity"
            >
              <span className={styles.names}>
                <Text weight="semibold">{entity.displayName ?? entity.entityId}</Text>
                <Text className={styles.mono}>{entity.entityId}</Text>
                <span className={styles.roles}>
                  {entity.roles.map((role) => (
                    <Badge key={role} appearance="outline" size="small" color="informative">
                      {t(`picker.roles.${role}`, { defaultValue: role })}
                    </Badge>
                  ))}
                </span>
              </span>
              {isChosen ? (
                <Badge appearance="filled" color="brand">
                  {t('picker.chosen')}
                </Badge>
              ) : selectable ? (
                <Button
                  size="small"
                  // Focusable while disabled: a click must not drop focus to <body> mid-inspection.
                  disabledFocusable={disabled}
                  aria-label={t('picker.useLabel', { name: entity.displayName ?? entity.entityId })}
                  onClick={() => onPick(entity.entityId)}
                >
                  {t('picker.use')}
                </Button>
              ) : (
                <Text size={200}>{t('picker.notIdp')}</Text>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
