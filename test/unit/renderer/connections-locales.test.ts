import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const load = (language: string): Record<string, unknown> =>
  JSON.parse(
    fs.readFileSync(path.resolve(`renderer/i18n/locales/${language}/connections.json`), 'utf8'),
  );

describe('connections translations', () => {
  it("use the connector guide's vocabulary in French and Spanish", () => {
    expect(load('fr')).toMatchObject({
      fields: {
        clientId: 'ID de client',
        clientSecret: 'Clé secrète du client',
        tenantId: 'ID de locataire',
        scopes: 'Étendue',
        apiKey: 'Clé API',
      },
      types: { oauth: "Code d'autorisation OAuth 2.0", 'api-key': 'Clé API' },
    });
    expect(load('es')).toMatchObject({
      fields: {
        clientId: 'ID de cliente',
        clientSecret: 'Secreto de cliente',
        tenantId: 'ID de inquilino',
        scopes: 'Ámbito',
        apiKey: 'Clave de API',
      },
    });
  });
});
