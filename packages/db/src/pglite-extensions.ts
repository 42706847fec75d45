import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/**
 * The PostgreSQL extensions our migrations create, for every PGlite we open. PGlite ships them
 * inside its npm package (nothing is downloaded); an instance must be given them when it is
 * created, or `CREATE EXTENSION` and any use of their index operator classes fail. pg_trgm
 * serves the trigram indexes behind the lists' substring searches (`LIKE`/`ILIKE '%…%'`); btree_gin
 * lets such an index lead with the district (a plain column in a GIN index).
 */
export const PGLITE_EXTENSIONS = { btree_gin, pg_trgm };
