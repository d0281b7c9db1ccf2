import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/oci/session.ts
function jwtClaims(token) {
  const payload = token.split(".")[1];
  if (token.split(".").length !== 3 || !payload) return void 0;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    return typeof claims === "object" && claims !== null ? claims : void 0;
  } catch {
    return void 0;
  }
}
function sessionClaims(token) {
  const claims = jwtClaims(token);
  if (!claims || typeof claims.exp !== "number") return void 0;
  const text = (key) => typeof claims[key] === "string" ? claims[key] : void 0;
  const tenant = text("tenant") ?? text("res_tenant") ?? text("opc-tenant");
  const sub = text("sub");
  return {
    exp: claims.exp,
    ...typeof claims.iat === "number" ? { iat: claims.iat } : {},
    ...sub ? { sub } : {},
    ...tenant ? { tenant } : {}
  };
}
function renewalMarginSeconds(claims) {
  const lifetime = claims.iat !== void 0 ? claims.exp - claims.iat : 3600;
  return Math.min(300, Math.max(lifetime, 0) / 6);
}
function renewalReason(claims, nowMs, receivedAtMs) {
  const left = receivedAtMs !== void 0 && claims.iat !== void 0 ? claims.exp - claims.iat - (nowMs - receivedAtMs) / 1e3 : claims.exp - nowMs / 1e3;
  if (left > renewalMarginSeconds(claims)) return void 0;
  const at = new Date(claims.exp * 1e3).toISOString().slice(11, 19);
  return left <= 0 ? `The OCI session token expired at ${at} UTC` : `The OCI session token expires in ${Math.round(left)} s (${at} UTC)`;
}

export {
  jwtClaims,
  sessionClaims,
  renewalReason
};
