/**
 * Every namespace of the "en" catalogue, keyed by file name. Adding a namespace? Create
 * <namespace>.json in BOTH messages/en/ and messages/hi/ and import it in both index files;
 * tests/unit/messages.test.ts fails when a file is not listed here or a key is missing in a language.
 */
import auth from "./auth.json";
import common from "./common.json";
import errors from "./errors.json";
import home from "./home.json";
import nav from "./nav.json";
import notify from "./notify.json";
import roles from "./roles.json";

export const messages = { auth, common, errors, home, nav, roles, notify };
