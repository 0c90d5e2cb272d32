// Driver adapter for the Prisma CLI (migrate, diff, db pull) with the JavaScript
// schema engine. Used only by prisma.config.ts; the app uses lib/db/client.ts.
//
// It works around three upstream problems (docs/decisions/0001-prisma-6-with-the-javascript-engine.md):
// - prisma/orm#27403 (https://github.com/prisma/prisma/issues/27403): catalog
//   columns of type `name` (OID 19) "could not be deserialized", and the `"char"`
//   type (OID 18) is unknown to the adapter. We report `name` as text and `"char"`
//   as the engine's Character column type (reporting it as text crashes the engine).
// - PrismaPg.connectToShadowDb() reuses the main database when given a connection
//   string, loses the password when copying pool options, and drops the shadow
//   database before closing its pool. Ours creates, uses and drops it properly.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const OID_CHAR = 18;
const OID_NAME = 19;
const OID_TEXT = 25;
/** ColumnTypeEnum.Character in @prisma/driver-adapter-utils. */
const COLUMN_TYPE_CHARACTER = 6;

type Field = { dataTypeID: number };
type RawResult = { columnTypes: number[] };
type Queryable = {
  performIO(query: unknown): Promise<{ fields: Field[] }>;
  queryRaw(query: unknown): Promise<RawResult>;
  startTransaction?(isolationLevel?: unknown): Promise<Queryable>;
};

function patchCatalogTypes(queryable: Queryable): void {
  const prototypeQueryRaw = Object.getPrototypeOf(queryable).queryRaw as Queryable["queryRaw"];
  const performIO = queryable.performIO.bind(queryable);
  queryable.queryRaw = async (query) => {
    const characterColumns: number[] = [];
    // A per-call view whose performIO rewrites the OIDs before the adapter maps them.
    const view = Object.create(queryable) as Queryable;
    view.performIO = async (q) => {
      const result = await performIO(q);
      result.fields.forEach((field, index) => {
        if (field.dataTypeID === OID_NAME) field.dataTypeID = OID_TEXT;
        if (field.dataTypeID === OID_CHAR) {
          field.dataTypeID = OID_TEXT;
          characterColumns.push(index);
        }
      });
      return result;
    };
    const result = await prototypeQueryRaw.call(view, query);
    for (const index of characterColumns) result.columnTypes[index] = COLUMN_TYPE_CHARACTER;
    return result;
  };
  const startTransaction = queryable.startTransaction?.bind(queryable);
  if (startTransaction) {
    queryable.startTransaction = async (isolationLevel) => {
      const transaction = await startTransaction(isolationLevel);
      patchCatalogTypes(transaction);
      return transaction;
    };
  }
}

function withDatabase(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${database}`;
  return url.toString();
}

export class MigrationAdapter extends PrismaPg {
  constructor(private readonly connectionString: string) {
    // allowExitOnIdle: otherwise every CLI command waits ~10 s for idle clients.
    super({ connectionString, allowExitOnIdle: true });
  }

  override async connect() {
    const adapter = await super.connect();
    patchCatalogTypes(adapter as unknown as Queryable);
    return adapter;
  }

  override async connectToShadowDb() {
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
    await this.admin(`CREATE DATABASE "${database}"`);
    const shadow = new PrismaPg({ connectionString: withDatabase(this.connectionString, database), allowExitOnIdle: true });
    const adapter = await shadow.connect();
    patchCatalogTypes(adapter as unknown as Queryable);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await this.admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    };
    return adapter;
  }

  private async admin(sql: string): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
}
