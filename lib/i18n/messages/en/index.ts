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
import otp from "./otp.json";
import pwa from "./pwa.json";
import documents from "./documents.json";
import catalogue from "./catalogue.json";
import register from "./register.json";
import vendor from "./vendor.json";
import adminCatalogue from "./adminCatalogue.json";
import adminVendors from "./adminVendors.json";
import orders from "./orders.json";
import buyer from "./buyer.json";
import vendorOrders from "./vendorOrders.json";
import dashboard from "./dashboard.json";
import scorecard from "./scorecard.json";
import verify from "./verify.json";
import inspector from "./inspector.json";
import finance from "./finance.json";
import dispatch from "./dispatch.json";
import policy from "./policy.json";
import riskFlags from "./riskFlags.json";
import bankRates from "./bankRates.json";
import paymentBatches from "./paymentBatches.json";
import webhooks from "./webhooks.json";
import adminHome from "./adminHome.json";
import penalties from "./penalties.json";
import incidents from "./incidents.json";
import apiTokens from "./apiTokens.json";
import developers from "./developers.json";

export const messages = { auth, common, errors, home, nav, roles, notify, documents, otp, pwa, catalogue, register, vendor, adminCatalogue, adminVendors, orders, dashboard, scorecard, verify, buyer, vendorOrders, inspector, finance, dispatch, policy, riskFlags, bankRates, paymentBatches, webhooks, adminHome, penalties, incidents, apiTokens, developers };
