/** `tsx bench/search-child.ts DB_FILE` → prints the search figures as JSON (see cases/search.ts). */
import { measureSearch } from './cases/search';

console.log(JSON.stringify(measureSearch(process.argv[2] as string)));
