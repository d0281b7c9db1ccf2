import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  jwtClaims,
  renewalReason,
  sessionClaims
} from "./chunk-E4VHYFBO.js";
import {
  ActionError,
  messageOf
} from "./chunk-6YBALY5C.js";
import {
  Env
} from "./chunk-KYB52YRC.js";
import {
  getIDToken,
  info,
  setSecret
} from "./chunk-J3AKMAWX.js";
import "./chunk-OQV333LO.js";

// src/oci/oidc-session.ts
import { generateKeyPairSync } from "node:crypto";

// src/oci/oidc-exchange.ts
var TOKEN_PATH = "/oauth2/v1/token";
var ATTEMPTS = 3;
var TIMEOUT_MS = 3e4;
async function exchangeForUpst(request, fetcher = fetch, pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms))) {
  const { domain, clientId, clientSecret } = request.settings;
  const body = new URLSearchParams({
    grant_type: "urn:ietf:params:oauth:grant-type:token-exchange",
    requested_token_type: "urn:oci:token-type:oci-upst",
    subject_token: request.subjectToken,
    subject_token_type: "jwt",
    public_key: request.publicKey
  });
  const url = `${domain}${TOKEN_PATH}`;
  for (let attempt = 1; ; attempt += 1) {
    let response;
    try {
      response = await fetcher(url, {
        method: "POST",
        headers: {
          authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`,
          "content-type": "application/x-www-form-urlencoded;charset=utf-8",
          accept: "application/json"
        },
        body: body.toString(),
        signal: AbortSignal.timeout(TIMEOUT_MS)
      });
    } catch (error) {
      if (attempt < ATTEMPTS) {
        await pause(1e3 * attempt);
        continue;
      }
      throw new ActionError(
        `Keyless sign-in: the identity domain ${domain} could not be reached (${networkCause(error)}). Check oidc-domain (Identity > Domains > your domain > Domain URL) and that the runner can reach it on port 443.`
      );
    }
    const text = await response.text();
    if (response.ok) {
      const token = parseJson(text)?.token;
      if (typeof token !== "string" || token === "") {
        throw new ActionError(
          `Keyless sign-in: ${url} answered ${response.status} without a token; is oidc-domain the identity domain's URL?`
        );
      }
      return token;
    }
    if ((response.status >= 500 || response.status === 429) && attempt < ATTEMPTS) {
      await pause(1e3 * attempt);
      continue;
    }
    const json = parseJson(text);
    throw new ActionError(
      exchangeFailureMessage({
        status: response.status,
        error: typeof json?.error === "string" ? json.error : void 0,
        description: typeof json?.error_description === "string" ? json.error_description : void 0,
        subjectToken: request.subjectToken,
        domain
      })
    );
  }
}
function exchangeFailureMessage(refusal) {
  const claims = jwtClaims(refusal.subjectToken) ?? {};
  const claim = (key) => {
    const value = claims[key];
    return typeof value === "string" ? value : Array.isArray(value) ? value.join(", ") : "?";
  };
  const said = `${refusal.error ?? `HTTP ${refusal.status}`}${refusal.description ? `: ${oneLine(refusal.description)}` : ""}`;
  const head = `Keyless sign-in: the identity domain refused the token exchange (${said}).`;
  const description = (refusal.description ?? "").toLowerCase();
  const trust = "the Identity Propagation Trust (README, Keyless, step 3)";
  let fix;
  if (refusal.error === "invalid_client" || refusal.status === 401) {
    fix = "Check oidc-client-id and oidc-client-secret: the client ID and secret of the confidential application (Identity > Domains > your domain > Integrated applications > the app > OAuth configuration), and that the application is activated (step 1).";
  } else if (refusal.error === "unauthorized_client" || refusal.error === "unsupported_grant_type") {
    fix = "Allow the confidential application the token exchange grant (urn:ietf:params:oauth:grant-type:token-exchange) and list its client ID in the oauth-clients of the trust (steps 1 and 3).";
  } else if (/issuer|\biss\b/.test(description)) {
    fix = `The issuer of this token is ${claim("iss")}: ${trust} must have issuer https://token.actions.githubusercontent.com and its JWKS URL https://token.actions.githubusercontent.com/.well-known/jwks.`;
  } else if (/audience|\baud\b/.test(description)) {
    fix = `This token's audience is ${claim("aud")} (oidc-audience): add it to the client-claim-values of ${trust}, or set oidc-audience to one it accepts.`;
  } else if (/expir|\bexp\b|not yet valid|\bnbf\b|clock/.test(description)) {
    fix = "The GitHub token was out of its validity window: check the runner's clock, and re-run the job.";
  } else if (/signature|jwks|\bkid\b|public key endpoint/.test(description)) {
    fix = `The token's signature was not verified: the public key endpoint of ${trust} must be https://token.actions.githubusercontent.com/.well-known/jwks.`;
  } else {
    fix = `This run's token has sub ${claim("sub")}: add an impersonation rule matching it to ${trust} (e.g. "sub eq ${claim("sub")}", mapped to the service user), or run from a branch or environment a rule names.`;
  }
  return `${head} ${fix}`;
}
function parseJson(text) {
  try {
    const value = JSON.parse(text);
    return typeof value === "object" && value !== null ? value : void 0;
  } catch {
    return void 0;
  }
}
function oneLine(text) {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 300 ? `${line.slice(0, 300)}\u2026` : line;
}
function networkCause(error) {
  const outer = error;
  if (outer?.name === "TimeoutError") return `no answer within ${TIMEOUT_MS / 1e3} s`;
  const code = typeof outer?.cause?.code === "string" ? outer.cause.code : void 0;
  const message = typeof outer?.cause?.message === "string" ? outer.cause.message : typeof outer?.message === "string" ? outer.message : String(error);
  return code && !message.includes(code) ? `${message}, ${code}` : message;
}

// src/oci/oidc-session.ts
var ID_TOKEN_PERMISSION_ADVICE = 'Keyless sign-in needs the GitHub OIDC token, and this job may not ask for one: add "permissions: id-token: write" to the job (or workflow) that runs this action. Pull requests from forks never get it.';
var runnerEffects = {
  idToken: githubIdToken,
  fetch: (url, init) => fetch(url, init),
  now: Date.now,
  log: info,
  mask: setSecret
};
async function openOidcSession(settings, effects = runnerEffects) {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const privateKeyPem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  const publicKeyDer = publicKey.export({ type: "spki", format: "der" }).toString("base64");
  const exchange = async () => {
    const askedAtMs = effects.now();
    const subjectToken = await effects.idToken(settings.audience);
    effects.mask(subjectToken);
    const token = await exchangeForUpst({ settings, subjectToken, publicKey: publicKeyDer }, effects.fetch);
    effects.mask(token);
    const claims = sessionClaims(token);
    if (!claims) {
      throw new ActionError(
        `Keyless sign-in: ${settings.domain} answered with a token that is not a UPST (no exp claim); is oidc-domain the identity domain's URL?`
      );
    }
    return { token, claims, askedAtMs };
  };
  effects.log(
    `Keyless sign-in: exchanging the GitHub OIDC token (audience ${settings.audience}) at ${settings.domain}`
  );
  let current = await exchange();
  const tenancy = settings.tenancy ?? current.claims.tenant;
  if (!tenancy) {
    throw new ActionError(
      "Keyless sign-in: the session token names no tenancy (claim tenant): set the tenancy input (or env OCI_CLI_TENANCY) to the tenancy OCID."
    );
  }
  effects.log(
    `Signed in as ${current.claims.sub ?? "the service user"}; session token valid until ${until(current)}`
  );
  let renewal;
  const renewIfNeeded = async () => {
    const reason = renewalReason(current.claims, effects.now(), current.askedAtMs);
    if (reason === void 0) return;
    renewal ??= (async () => {
      effects.log(
        `${reason}: exchanging a fresh GitHub OIDC token for a new one before the next OCI request`
      );
      current = await exchange();
      effects.log(`Session token renewed, valid until ${until(current)}`);
    })().finally(() => {
      renewal = void 0;
    });
    await renewal;
  };
  return {
    kind: "oidc",
    tenancy,
    principal: current.claims.sub ?? "",
    signer: {
      getKeyId: async () => {
        await renewIfNeeded();
        return `ST$${current.token}`;
      },
      getPrivateKey: () => privateKeyPem,
      getPassphrase: () => null
    }
  };
}
function until(upst) {
  return `${new Date(upst.claims.exp * 1e3).toISOString().slice(11, 19)} UTC`;
}
async function githubIdToken(audience) {
  if (!process.env[Env.IdTokenRequestUrl]) throw new ActionError(ID_TOKEN_PERMISSION_ADVICE);
  try {
    return await getIDToken(audience);
  } catch (error) {
    throw new ActionError(
      `Keyless sign-in: the GitHub OIDC token could not be fetched (${messageOf(error).replace(/\s+/g, " ").trim()}). Check that the job has "permissions: id-token: write", and re-run it.`
    );
  }
}
export {
  ID_TOKEN_PERMISSION_ADVICE,
  openOidcSession
};
