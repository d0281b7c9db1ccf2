import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  require_oci_common,
  require_opossum
} from "./chunk-HQHPRU6P.js";
import {
  __commonJS,
  __toESM
} from "./chunk-OQV333LO.js";

// node_modules/oci-containerregistry/lib/request/index.js
var require_request = __commonJS({
  "node_modules/oci-containerregistry/lib/request/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/oci-containerregistry/lib/model/access-token.js
var require_access_token = __commonJS({
  "node_modules/oci-containerregistry/lib/model/access-token.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AccessToken = void 0;
    var AccessToken;
    (function(AccessToken2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "access_token": obj.accessToken,
          "expires_in": obj.expiresIn
        });
        delete jsonObj.accessToken;
        delete jsonObj.expiresIn;
        return jsonObj;
      }
      AccessToken2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "accessToken": obj["access_token"],
          "expiresIn": obj["expires_in"]
        });
        delete jsonObj["access_token"];
        delete jsonObj["expires_in"];
        return jsonObj;
      }
      AccessToken2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(AccessToken = exports.AccessToken || (exports.AccessToken = {}));
  }
});

// node_modules/oci-containerregistry/lib/model/index.js
var require_model = __commonJS({
  "node_modules/oci-containerregistry/lib/model/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      Object.defineProperty(o, k2, { enumerable: true, get: function() {
        return m[k];
      } });
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AccessToken = void 0;
    var AccessToken = __importStar(require_access_token());
    exports.AccessToken = AccessToken.AccessToken;
  }
});

// node_modules/oci-containerregistry/lib/response/index.js
var require_response = __commonJS({
  "node_modules/oci-containerregistry/lib/response/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/oci-containerregistry/lib/client.js
var require_client = __commonJS({
  "node_modules/oci-containerregistry/lib/client.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      Object.defineProperty(o, k2, { enumerable: true, get: function() {
        return m[k];
      } });
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    var __awaiter = exports && exports.__awaiter || function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve) {
          resolve(value);
        });
      }
      return new (P || (P = Promise))(function(resolve, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ContainerRegistryClient = exports.ContainerRegistryApiKeys = void 0;
    var common = require_oci_common();
    var model = __importStar(require_model());
    var oci_common_1 = require_oci_common();
    var Breaker = require_opossum();
    var ContainerRegistryApiKeys;
    /* @__PURE__ */ (function(ContainerRegistryApiKeys2) {
    })(ContainerRegistryApiKeys = exports.ContainerRegistryApiKeys || (exports.ContainerRegistryApiKeys = {}));
    var ContainerRegistryClient2 = class _ContainerRegistryClient {
      constructor(params, clientConfiguration) {
        this["_realmSpecificEndpointTemplateEnabled"] = void 0;
        this["_endpoint"] = "";
        this["_defaultHeaders"] = {};
        this._circuitBreaker = null;
        this._httpOptions = void 0;
        this._bodyDuplexMode = void 0;
        this.targetService = "ContainerRegistry";
        this._regionId = "";
        this._lastSetRegionOrRegionId = "";
        const requestSigner = params.authenticationDetailsProvider ? new common.DefaultRequestSigner(params.authenticationDetailsProvider) : null;
        this._authProvider = params.authenticationDetailsProvider;
        if (clientConfiguration) {
          this._clientConfiguration = clientConfiguration;
          this._circuitBreaker = clientConfiguration.circuitBreaker ? clientConfiguration.circuitBreaker.circuit : null;
          this._httpOptions = clientConfiguration.httpOptions ? clientConfiguration.httpOptions : void 0;
          this._bodyDuplexMode = clientConfiguration.bodyDuplexMode ? clientConfiguration.bodyDuplexMode : void 0;
        }
        if (!oci_common_1.developerToolConfiguration.isServiceEnabled("containerregistry")) {
          let errmsg = "The developerToolConfiguration configuration disabled this service, this behavior is controlled by developerToolConfiguration.ociEnabledServiceSet variable. Please check if your local developer_tool_configuration file has configured the service you're targeting or contact the cloud provider on the availability of this service : ";
          throw errmsg.concat("containerregistry");
        }
        const specCircuitBreakerEnabled = true;
        if (!this._circuitBreaker && common.utils.isCircuitBreakerSystemEnabled(clientConfiguration) && (specCircuitBreakerEnabled || common.CircuitBreaker.DefaultCircuitBreakerOverriden)) {
          this._circuitBreaker = new common.CircuitBreaker().circuit;
        }
        this._httpClient = params.httpClient || new common.FetchHttpClient(requestSigner, this._circuitBreaker, this._httpOptions, this._bodyDuplexMode);
        if (params.authenticationDetailsProvider && common.isRegionProvider(params.authenticationDetailsProvider)) {
          const provider = params.authenticationDetailsProvider;
          if (provider.getRegion()) {
            this.region = provider.getRegion();
          }
        }
      }
      /**
       * Get the endpoint that is being used to call (ex, https://www.example.com).
       */
      get endpoint() {
        return this._endpoint;
      }
      /**
       * Sets the endpoint to call (ex, https://www.example.com).
       * @param endpoint The endpoint of the service.
       */
      set endpoint(endpoint) {
        this._endpoint = endpoint;
        this._endpoint = this._endpoint + "/20180419";
        if (this.logger)
          this.logger.info(`ContainerRegistryClient endpoint set to ${this._endpoint}`);
      }
      get logger() {
        return common.LOG.logger;
      }
      /**
       * Determines whether realm specific endpoint should be used or not.
       * Set realmSpecificEndpointTemplateEnabled to "true" if the user wants to enable use of realm specific endpoint template, otherwise set it to "false"
       * @param realmSpecificEndpointTemplateEnabled flag to enable the use of realm specific endpoint template
       */
      set useRealmSpecificEndpointTemplate(realmSpecificEndpointTemplateEnabled) {
        this._realmSpecificEndpointTemplateEnabled = realmSpecificEndpointTemplateEnabled;
        if (this.logger)
          this.logger.info(`realmSpecificEndpointTemplateEnabled set to ${this._realmSpecificEndpointTemplateEnabled}`);
        if (this._lastSetRegionOrRegionId === common.Region.REGION_STRING) {
          this.endpoint = common.EndpointBuilder.createEndpointFromRegion(_ContainerRegistryClient.serviceEndpointTemplate, this._region, _ContainerRegistryClient.endpointServiceName);
        } else if (this._lastSetRegionOrRegionId === common.Region.REGION_ID_STRING) {
          this.endpoint = common.EndpointBuilder.createEndpointFromRegionId(_ContainerRegistryClient.serviceEndpointTemplate, this._regionId, _ContainerRegistryClient.endpointServiceName);
        }
      }
      /**
       * Sets the region to call (ex, Region.US_PHOENIX_1).
       * Note, this will call {@link #endpoint(String) endpoint} after resolving the endpoint.
       * @param region The region of the service.
       */
      set region(region) {
        this._region = region;
        this.endpoint = common.EndpointBuilder.createEndpointFromRegion(_ContainerRegistryClient.serviceEndpointTemplate, region, _ContainerRegistryClient.endpointServiceName);
        this._lastSetRegionOrRegionId = common.Region.REGION_STRING;
      }
      /**
       * Sets the regionId to call (ex, 'us-phoenix-1').
       *
       * Note, this will first try to map the region ID to a known Region and call {@link #region(Region) region}.
       * If no known Region could be determined, it will create an endpoint assuming its in default Realm OC1
       * and then call {@link #endpoint(String) endpoint}.
       * @param regionId The public region ID.
       */
      set regionId(regionId) {
        this._regionId = regionId;
        this.endpoint = common.EndpointBuilder.createEndpointFromRegionId(_ContainerRegistryClient.serviceEndpointTemplate, regionId, _ContainerRegistryClient.endpointServiceName);
        this._lastSetRegionOrRegionId = common.Region.REGION_ID_STRING;
      }
      /**
       * Shutdown the circuit breaker used by the client when it is no longer needed
       */
      shutdownCircuitBreaker() {
        if (this._circuitBreaker) {
          this._circuitBreaker.shutdown();
        }
      }
      /**
       * Close the provider if possible which in turn shuts down any associated circuit breaker
       */
      closeProvider() {
        if (this._authProvider) {
          if (this._authProvider instanceof common.AbstractRequestingAuthenticationDetailsProvider)
            this._authProvider.closeProvider();
        }
      }
      /**
       * Close the client once it is no longer needed
       */
      close() {
        this.shutdownCircuitBreaker();
        this.closeProvider();
      }
      /**
       * Get a token using basic auth credentials or signature headers
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param GetAccessTokenRequest
       * @return GetAccessTokenResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/containerregistry/GetAccessToken.ts.html |here} to see how to use GetAccessToken API.
       */
      getAccessToken(getAccessTokenRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ContainerRegistryClient#getAccessToken.");
          const operationName = "getAccessToken";
          const apiReferenceLink = "";
          const pathParams = {};
          const queryParams = {
            "service": getAccessTokenRequest.service,
            "scope": getAccessTokenRequest.scope
          };
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": getAccessTokenRequest.opcRequestId
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getAccessTokenRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/docker/token",
            method: "GET",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "accessToken",
              bodyModel: model.AccessToken,
              type: "model.AccessToken",
              responseHeaders: [
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                }
              ]
            });
            return sdkResponse;
          } catch (err) {
            throw err;
          }
        });
      }
    };
    exports.ContainerRegistryClient = ContainerRegistryClient2;
    ContainerRegistryClient2.serviceEndpointTemplate = "https://ocir.{region}.oci.{secondLevelDomain}";
    ContainerRegistryClient2.endpointServiceName = "ocir";
  }
});

// node_modules/oci-containerregistry/index.js
var require_oci_containerregistry = __commonJS({
  "node_modules/oci-containerregistry/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      Object.defineProperty(o, k2, { enumerable: true, get: function() {
        return m[k];
      } });
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ContainerRegistryClient = exports.responses = exports.requests = exports.models = void 0;
    var requests = __importStar(require_request());
    exports.requests = requests;
    var models = __importStar(require_model());
    exports.models = models;
    var responses = __importStar(require_response());
    exports.responses = responses;
    var client = __importStar(require_client());
    exports.ContainerRegistryClient = client.ContainerRegistryClient;
  }
});

// src/oci/registry-token.ts
var import_oci_containerregistry = __toESM(require_oci_containerregistry(), 1);
async function registryTokenGrant(oci) {
  const containerRegistry = oci.service(import_oci_containerregistry.ContainerRegistryClient);
  const { accessToken } = await oci.call(() => containerRegistry.getAccessToken({}));
  const token = accessToken.token || accessToken.accessToken;
  if (!token) throw new Error("The OCIR token endpoint answered without a token");
  const expiresIn = accessToken.expiresIn;
  return typeof expiresIn === "number" && Number.isFinite(expiresIn) && expiresIn > 0 ? { token, expiresInSeconds: expiresIn } : { token };
}
async function registryToken(oci) {
  return (await registryTokenGrant(oci)).token;
}

export {
  require_oci_containerregistry,
  registryTokenGrant,
  registryToken
};
