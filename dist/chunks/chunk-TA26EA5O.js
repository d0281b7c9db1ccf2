import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  require_oci_common,
  require_opossum
} from "./chunk-HQHPRU6P.js";
import {
  __commonJS
} from "./chunk-OQV333LO.js";

// node_modules/oci-artifacts/lib/request/list-container-image-signatures-request.js
var require_list_container_image_signatures_request = __commonJS({
  "node_modules/oci-artifacts/lib/request/list-container-image-signatures-request.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ListContainerImageSignaturesRequest = void 0;
    var ListContainerImageSignaturesRequest;
    (function(ListContainerImageSignaturesRequest2) {
      let SigningAlgorithm;
      (function(SigningAlgorithm2) {
        SigningAlgorithm2["Sha224RsaPkcsPss"] = "SHA_224_RSA_PKCS_PSS";
        SigningAlgorithm2["Sha256RsaPkcsPss"] = "SHA_256_RSA_PKCS_PSS";
        SigningAlgorithm2["Sha384RsaPkcsPss"] = "SHA_384_RSA_PKCS_PSS";
        SigningAlgorithm2["Sha512RsaPkcsPss"] = "SHA_512_RSA_PKCS_PSS";
      })(SigningAlgorithm = ListContainerImageSignaturesRequest2.SigningAlgorithm || (ListContainerImageSignaturesRequest2.SigningAlgorithm = {}));
      let SortBy;
      (function(SortBy2) {
        SortBy2["Timecreated"] = "TIMECREATED";
        SortBy2["Displayname"] = "DISPLAYNAME";
      })(SortBy = ListContainerImageSignaturesRequest2.SortBy || (ListContainerImageSignaturesRequest2.SortBy = {}));
      let SortOrder;
      (function(SortOrder2) {
        SortOrder2["Asc"] = "ASC";
        SortOrder2["Desc"] = "DESC";
      })(SortOrder = ListContainerImageSignaturesRequest2.SortOrder || (ListContainerImageSignaturesRequest2.SortOrder = {}));
    })(ListContainerImageSignaturesRequest = exports.ListContainerImageSignaturesRequest || (exports.ListContainerImageSignaturesRequest = {}));
  }
});

// node_modules/oci-artifacts/lib/request/list-container-images-request.js
var require_list_container_images_request = __commonJS({
  "node_modules/oci-artifacts/lib/request/list-container-images-request.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ListContainerImagesRequest = void 0;
    var ListContainerImagesRequest;
    (function(ListContainerImagesRequest2) {
      let SortBy;
      (function(SortBy2) {
        SortBy2["Timecreated"] = "TIMECREATED";
        SortBy2["Displayname"] = "DISPLAYNAME";
      })(SortBy = ListContainerImagesRequest2.SortBy || (ListContainerImagesRequest2.SortBy = {}));
      let SortOrder;
      (function(SortOrder2) {
        SortOrder2["Asc"] = "ASC";
        SortOrder2["Desc"] = "DESC";
      })(SortOrder = ListContainerImagesRequest2.SortOrder || (ListContainerImagesRequest2.SortOrder = {}));
    })(ListContainerImagesRequest = exports.ListContainerImagesRequest || (exports.ListContainerImagesRequest = {}));
  }
});

// node_modules/oci-artifacts/lib/request/list-container-repositories-request.js
var require_list_container_repositories_request = __commonJS({
  "node_modules/oci-artifacts/lib/request/list-container-repositories-request.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ListContainerRepositoriesRequest = void 0;
    var ListContainerRepositoriesRequest;
    (function(ListContainerRepositoriesRequest2) {
      let SortBy;
      (function(SortBy2) {
        SortBy2["Timecreated"] = "TIMECREATED";
        SortBy2["Displayname"] = "DISPLAYNAME";
      })(SortBy = ListContainerRepositoriesRequest2.SortBy || (ListContainerRepositoriesRequest2.SortBy = {}));
      let SortOrder;
      (function(SortOrder2) {
        SortOrder2["Asc"] = "ASC";
        SortOrder2["Desc"] = "DESC";
      })(SortOrder = ListContainerRepositoriesRequest2.SortOrder || (ListContainerRepositoriesRequest2.SortOrder = {}));
    })(ListContainerRepositoriesRequest = exports.ListContainerRepositoriesRequest || (exports.ListContainerRepositoriesRequest = {}));
  }
});

// node_modules/oci-artifacts/lib/request/list-generic-artifacts-request.js
var require_list_generic_artifacts_request = __commonJS({
  "node_modules/oci-artifacts/lib/request/list-generic-artifacts-request.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ListGenericArtifactsRequest = void 0;
    var ListGenericArtifactsRequest;
    (function(ListGenericArtifactsRequest2) {
      let SortBy;
      (function(SortBy2) {
        SortBy2["Timecreated"] = "TIMECREATED";
        SortBy2["Displayname"] = "DISPLAYNAME";
      })(SortBy = ListGenericArtifactsRequest2.SortBy || (ListGenericArtifactsRequest2.SortBy = {}));
      let SortOrder;
      (function(SortOrder2) {
        SortOrder2["Asc"] = "ASC";
        SortOrder2["Desc"] = "DESC";
      })(SortOrder = ListGenericArtifactsRequest2.SortOrder || (ListGenericArtifactsRequest2.SortOrder = {}));
    })(ListGenericArtifactsRequest = exports.ListGenericArtifactsRequest || (exports.ListGenericArtifactsRequest = {}));
  }
});

// node_modules/oci-artifacts/lib/request/list-repositories-request.js
var require_list_repositories_request = __commonJS({
  "node_modules/oci-artifacts/lib/request/list-repositories-request.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ListRepositoriesRequest = void 0;
    var ListRepositoriesRequest;
    (function(ListRepositoriesRequest2) {
      let SortBy;
      (function(SortBy2) {
        SortBy2["Timecreated"] = "TIMECREATED";
        SortBy2["Displayname"] = "DISPLAYNAME";
      })(SortBy = ListRepositoriesRequest2.SortBy || (ListRepositoriesRequest2.SortBy = {}));
      let SortOrder;
      (function(SortOrder2) {
        SortOrder2["Asc"] = "ASC";
        SortOrder2["Desc"] = "DESC";
      })(SortOrder = ListRepositoriesRequest2.SortOrder || (ListRepositoriesRequest2.SortOrder = {}));
    })(ListRepositoriesRequest = exports.ListRepositoriesRequest || (exports.ListRepositoriesRequest = {}));
  }
});

// node_modules/oci-artifacts/lib/request/index.js
var require_request = __commonJS({
  "node_modules/oci-artifacts/lib/request/index.js"(exports) {
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
    exports.ListRepositoriesRequest = exports.ListGenericArtifactsRequest = exports.ListContainerRepositoriesRequest = exports.ListContainerImagesRequest = exports.ListContainerImageSignaturesRequest = void 0;
    var ListContainerImageSignaturesRequest = __importStar(require_list_container_image_signatures_request());
    exports.ListContainerImageSignaturesRequest = ListContainerImageSignaturesRequest.ListContainerImageSignaturesRequest;
    var ListContainerImagesRequest = __importStar(require_list_container_images_request());
    exports.ListContainerImagesRequest = ListContainerImagesRequest.ListContainerImagesRequest;
    var ListContainerRepositoriesRequest = __importStar(require_list_container_repositories_request());
    exports.ListContainerRepositoriesRequest = ListContainerRepositoriesRequest.ListContainerRepositoriesRequest;
    var ListGenericArtifactsRequest = __importStar(require_list_generic_artifacts_request());
    exports.ListGenericArtifactsRequest = ListGenericArtifactsRequest.ListGenericArtifactsRequest;
    var ListRepositoriesRequest = __importStar(require_list_repositories_request());
    exports.ListRepositoriesRequest = ListRepositoriesRequest.ListRepositoriesRequest;
  }
});

// node_modules/oci-artifacts/lib/model/change-container-repository-compartment-details.js
var require_change_container_repository_compartment_details = __commonJS({
  "node_modules/oci-artifacts/lib/model/change-container-repository-compartment-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ChangeContainerRepositoryCompartmentDetails = void 0;
    var ChangeContainerRepositoryCompartmentDetails;
    (function(ChangeContainerRepositoryCompartmentDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeContainerRepositoryCompartmentDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeContainerRepositoryCompartmentDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ChangeContainerRepositoryCompartmentDetails = exports.ChangeContainerRepositoryCompartmentDetails || (exports.ChangeContainerRepositoryCompartmentDetails = {}));
  }
});

// node_modules/oci-artifacts/lib/model/change-repository-compartment-details.js
var require_change_repository_compartment_details = __commonJS({
  "node_modules/oci-artifacts/lib/model/change-repository-compartment-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ChangeRepositoryCompartmentDetails = void 0;
    var ChangeRepositoryCompartmentDetails;
    (function(ChangeRepositoryCompartmentDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeRepositoryCompartmentDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeRepositoryCompartmentDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ChangeRepositoryCompartmentDetails = exports.ChangeRepositoryCompartmentDetails || (exports.ChangeRepositoryCompartmentDetails = {}));
  }
});

// node_modules/oci-artifacts/lib/model/container-configuration.js
var require_container_configuration = __commonJS({
  "node_modules/oci-artifacts/lib/model/container-configuration.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ContainerConfiguration = void 0;
    var ContainerConfiguration;
    (function(ContainerConfiguration2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ContainerConfiguration2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ContainerConfiguration2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ContainerConfiguration = exports.ContainerConfiguration || (exports.ContainerConfiguration = {}));
  }
});

// node_modules/oci-artifacts/lib/model/container-image.js
var require_container_image = __commonJS({
  "node_modules/oci-artifacts/lib/model/container-image.js"(exports) {
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
    exports.ContainerImage = void 0;
    var model = __importStar(require_model());
    var ContainerImage;
    (function(ContainerImage2) {
      let LifecycleState;
      (function(LifecycleState2) {
        LifecycleState2["Available"] = "AVAILABLE";
        LifecycleState2["Deleted"] = "DELETED";
        LifecycleState2["Deleting"] = "DELETING";
        LifecycleState2["UnknownValue"] = "UNKNOWN_VALUE";
      })(LifecycleState = ContainerImage2.LifecycleState || (ContainerImage2.LifecycleState = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "layers": obj.layers ? obj.layers.map((item) => {
            return model.ContainerImageLayer.getJsonObj(item);
          }) : void 0,
          "versions": obj.versions ? obj.versions.map((item) => {
            return model.ContainerVersion.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ContainerImage2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "layers": obj.layers ? obj.layers.map((item) => {
            return model.ContainerImageLayer.getDeserializedJsonObj(item);
          }) : void 0,
          "versions": obj.versions ? obj.versions.map((item) => {
            return model.ContainerVersion.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ContainerImage2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ContainerImage = exports.ContainerImage || (exports.ContainerImage = {}));
  }
});

// node_modules/oci-artifacts/lib/model/container-image-collection.js
var require_container_image_collection = __commonJS({
  "node_modules/oci-artifacts/lib/model/container-image-collection.js"(exports) {
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
    exports.ContainerImageCollection = void 0;
    var model = __importStar(require_model());
    var ContainerImageCollection;
    (function(ContainerImageCollection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.ContainerImageSummary.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ContainerImageCollection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.ContainerImageSummary.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ContainerImageCollection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ContainerImageCollection = exports.ContainerImageCollection || (exports.ContainerImageCollection = {}));
  }
});

// node_modules/oci-artifacts/lib/model/container-image-layer.js
var require_container_image_layer = __commonJS({
  "node_modules/oci-artifacts/lib/model/container-image-layer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ContainerImageLayer = void 0;
    var ContainerImageLayer;
    (function(ContainerImageLayer2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ContainerImageLayer2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ContainerImageLayer2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ContainerImageLayer = exports.ContainerImageLayer || (exports.ContainerImageLayer = {}));
  }
});

// node_modules/oci-artifacts/lib/model/container-image-signature.js
var require_container_image_signature = __commonJS({
  "node_modules/oci-artifacts/lib/model/container-image-signature.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ContainerImageSignature = void 0;
    var ContainerImageSignature;
    (function(ContainerImageSignature2) {
      let SigningAlgorithm;
      (function(SigningAlgorithm2) {
        SigningAlgorithm2["Sha224RsaPkcsPss"] = "SHA_224_RSA_PKCS_PSS";
        SigningAlgorithm2["Sha256RsaPkcsPss"] = "SHA_256_RSA_PKCS_PSS";
        SigningAlgorithm2["Sha384RsaPkcsPss"] = "SHA_384_RSA_PKCS_PSS";
        SigningAlgorithm2["Sha512RsaPkcsPss"] = "SHA_512_RSA_PKCS_PSS";
        SigningAlgorithm2["UnknownValue"] = "UNKNOWN_VALUE";
      })(SigningAlgorithm = ContainerImageSignature2.SigningAlgorithm || (ContainerImageSignature2.SigningAlgorithm = {}));
      let LifecycleState;
      (function(LifecycleState2) {
        LifecycleState2["Available"] = "AVAILABLE";
        LifecycleState2["Deleting"] = "DELETING";
        LifecycleState2["Deleted"] = "DELETED";
        LifecycleState2["UnknownValue"] = "UNKNOWN_VALUE";
      })(LifecycleState = ContainerImageSignature2.LifecycleState || (ContainerImageSignature2.LifecycleState = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ContainerImageSignature2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ContainerImageSignature2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ContainerImageSignature = exports.ContainerImageSignature || (exports.ContainerImageSignature = {}));
  }
});

// node_modules/oci-artifacts/lib/model/container-image-signature-collection.js
var require_container_image_signature_collection = __commonJS({
  "node_modules/oci-artifacts/lib/model/container-image-signature-collection.js"(exports) {
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
    exports.ContainerImageSignatureCollection = void 0;
    var model = __importStar(require_model());
    var ContainerImageSignatureCollection;
    (function(ContainerImageSignatureCollection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.ContainerImageSignatureSummary.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ContainerImageSignatureCollection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.ContainerImageSignatureSummary.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ContainerImageSignatureCollection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ContainerImageSignatureCollection = exports.ContainerImageSignatureCollection || (exports.ContainerImageSignatureCollection = {}));
  }
});

// node_modules/oci-artifacts/lib/model/container-image-signature-summary.js
var require_container_image_signature_summary = __commonJS({
  "node_modules/oci-artifacts/lib/model/container-image-signature-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ContainerImageSignatureSummary = void 0;
    var ContainerImageSignatureSummary;
    (function(ContainerImageSignatureSummary2) {
      let SigningAlgorithm;
      (function(SigningAlgorithm2) {
        SigningAlgorithm2["Sha224RsaPkcsPss"] = "SHA_224_RSA_PKCS_PSS";
        SigningAlgorithm2["Sha256RsaPkcsPss"] = "SHA_256_RSA_PKCS_PSS";
        SigningAlgorithm2["Sha384RsaPkcsPss"] = "SHA_384_RSA_PKCS_PSS";
        SigningAlgorithm2["Sha512RsaPkcsPss"] = "SHA_512_RSA_PKCS_PSS";
        SigningAlgorithm2["UnknownValue"] = "UNKNOWN_VALUE";
      })(SigningAlgorithm = ContainerImageSignatureSummary2.SigningAlgorithm || (ContainerImageSignatureSummary2.SigningAlgorithm = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ContainerImageSignatureSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ContainerImageSignatureSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ContainerImageSignatureSummary = exports.ContainerImageSignatureSummary || (exports.ContainerImageSignatureSummary = {}));
  }
});

// node_modules/oci-artifacts/lib/model/container-image-summary.js
var require_container_image_summary = __commonJS({
  "node_modules/oci-artifacts/lib/model/container-image-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ContainerImageSummary = void 0;
    var ContainerImageSummary;
    (function(ContainerImageSummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ContainerImageSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ContainerImageSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ContainerImageSummary = exports.ContainerImageSummary || (exports.ContainerImageSummary = {}));
  }
});

// node_modules/oci-artifacts/lib/model/container-repository.js
var require_container_repository = __commonJS({
  "node_modules/oci-artifacts/lib/model/container-repository.js"(exports) {
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
    exports.ContainerRepository = void 0;
    var model = __importStar(require_model());
    var ContainerRepository;
    (function(ContainerRepository2) {
      let LifecycleState;
      (function(LifecycleState2) {
        LifecycleState2["Available"] = "AVAILABLE";
        LifecycleState2["Deleting"] = "DELETING";
        LifecycleState2["Deleted"] = "DELETED";
        LifecycleState2["UnknownValue"] = "UNKNOWN_VALUE";
      })(LifecycleState = ContainerRepository2.LifecycleState || (ContainerRepository2.LifecycleState = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "readme": obj.readme ? model.ContainerRepositoryReadme.getJsonObj(obj.readme) : void 0
        });
        return jsonObj;
      }
      ContainerRepository2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "readme": obj.readme ? model.ContainerRepositoryReadme.getDeserializedJsonObj(obj.readme) : void 0
        });
        return jsonObj;
      }
      ContainerRepository2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ContainerRepository = exports.ContainerRepository || (exports.ContainerRepository = {}));
  }
});

// node_modules/oci-artifacts/lib/model/container-repository-collection.js
var require_container_repository_collection = __commonJS({
  "node_modules/oci-artifacts/lib/model/container-repository-collection.js"(exports) {
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
    exports.ContainerRepositoryCollection = void 0;
    var model = __importStar(require_model());
    var ContainerRepositoryCollection;
    (function(ContainerRepositoryCollection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.ContainerRepositorySummary.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ContainerRepositoryCollection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.ContainerRepositorySummary.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ContainerRepositoryCollection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ContainerRepositoryCollection = exports.ContainerRepositoryCollection || (exports.ContainerRepositoryCollection = {}));
  }
});

// node_modules/oci-artifacts/lib/model/container-repository-readme.js
var require_container_repository_readme = __commonJS({
  "node_modules/oci-artifacts/lib/model/container-repository-readme.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ContainerRepositoryReadme = void 0;
    var ContainerRepositoryReadme;
    (function(ContainerRepositoryReadme2) {
      let Format;
      (function(Format2) {
        Format2["TextMarkdown"] = "TEXT_MARKDOWN";
        Format2["TextPlain"] = "TEXT_PLAIN";
        Format2["UnknownValue"] = "UNKNOWN_VALUE";
      })(Format = ContainerRepositoryReadme2.Format || (ContainerRepositoryReadme2.Format = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ContainerRepositoryReadme2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ContainerRepositoryReadme2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ContainerRepositoryReadme = exports.ContainerRepositoryReadme || (exports.ContainerRepositoryReadme = {}));
  }
});

// node_modules/oci-artifacts/lib/model/container-repository-summary.js
var require_container_repository_summary = __commonJS({
  "node_modules/oci-artifacts/lib/model/container-repository-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ContainerRepositorySummary = void 0;
    var ContainerRepositorySummary;
    (function(ContainerRepositorySummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ContainerRepositorySummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ContainerRepositorySummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ContainerRepositorySummary = exports.ContainerRepositorySummary || (exports.ContainerRepositorySummary = {}));
  }
});

// node_modules/oci-artifacts/lib/model/container-version.js
var require_container_version = __commonJS({
  "node_modules/oci-artifacts/lib/model/container-version.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ContainerVersion = void 0;
    var ContainerVersion;
    (function(ContainerVersion2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ContainerVersion2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ContainerVersion2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ContainerVersion = exports.ContainerVersion || (exports.ContainerVersion = {}));
  }
});

// node_modules/oci-artifacts/lib/model/create-container-image-signature-details.js
var require_create_container_image_signature_details = __commonJS({
  "node_modules/oci-artifacts/lib/model/create-container-image-signature-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CreateContainerImageSignatureDetails = void 0;
    var CreateContainerImageSignatureDetails;
    (function(CreateContainerImageSignatureDetails2) {
      let SigningAlgorithm;
      (function(SigningAlgorithm2) {
        SigningAlgorithm2["Sha224RsaPkcsPss"] = "SHA_224_RSA_PKCS_PSS";
        SigningAlgorithm2["Sha256RsaPkcsPss"] = "SHA_256_RSA_PKCS_PSS";
        SigningAlgorithm2["Sha384RsaPkcsPss"] = "SHA_384_RSA_PKCS_PSS";
        SigningAlgorithm2["Sha512RsaPkcsPss"] = "SHA_512_RSA_PKCS_PSS";
      })(SigningAlgorithm = CreateContainerImageSignatureDetails2.SigningAlgorithm || (CreateContainerImageSignatureDetails2.SigningAlgorithm = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      CreateContainerImageSignatureDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      CreateContainerImageSignatureDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(CreateContainerImageSignatureDetails = exports.CreateContainerImageSignatureDetails || (exports.CreateContainerImageSignatureDetails = {}));
  }
});

// node_modules/oci-artifacts/lib/model/create-container-repository-details.js
var require_create_container_repository_details = __commonJS({
  "node_modules/oci-artifacts/lib/model/create-container-repository-details.js"(exports) {
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
    exports.CreateContainerRepositoryDetails = void 0;
    var model = __importStar(require_model());
    var CreateContainerRepositoryDetails;
    (function(CreateContainerRepositoryDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "readme": obj.readme ? model.ContainerRepositoryReadme.getJsonObj(obj.readme) : void 0
        });
        return jsonObj;
      }
      CreateContainerRepositoryDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "readme": obj.readme ? model.ContainerRepositoryReadme.getDeserializedJsonObj(obj.readme) : void 0
        });
        return jsonObj;
      }
      CreateContainerRepositoryDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(CreateContainerRepositoryDetails = exports.CreateContainerRepositoryDetails || (exports.CreateContainerRepositoryDetails = {}));
  }
});

// node_modules/oci-artifacts/lib/model/create-repository-details.js
var require_create_repository_details = __commonJS({
  "node_modules/oci-artifacts/lib/model/create-repository-details.js"(exports) {
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
    exports.CreateRepositoryDetails = void 0;
    var model = __importStar(require_model());
    var common = require_oci_common();
    var CreateRepositoryDetails;
    (function(CreateRepositoryDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        if (obj && "repositoryType" in obj && obj.repositoryType) {
          switch (obj.repositoryType) {
            case "GENERIC":
              return model.CreateGenericRepositoryDetails.getJsonObj(jsonObj, true);
            default:
              if (common.LOG.logger)
                common.LOG.logger.info(`Unknown value for: ${obj.repositoryType}`);
          }
        }
        return jsonObj;
      }
      CreateRepositoryDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        if (obj && "repositoryType" in obj && obj.repositoryType) {
          switch (obj.repositoryType) {
            case "GENERIC":
              return model.CreateGenericRepositoryDetails.getDeserializedJsonObj(jsonObj, true);
            default:
              if (common.LOG.logger)
                common.LOG.logger.info(`Unknown value for: ${obj.repositoryType}`);
          }
        }
        return jsonObj;
      }
      CreateRepositoryDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(CreateRepositoryDetails = exports.CreateRepositoryDetails || (exports.CreateRepositoryDetails = {}));
  }
});

// node_modules/oci-artifacts/lib/model/generic-artifact.js
var require_generic_artifact = __commonJS({
  "node_modules/oci-artifacts/lib/model/generic-artifact.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.GenericArtifact = void 0;
    var GenericArtifact;
    (function(GenericArtifact2) {
      let LifecycleState;
      (function(LifecycleState2) {
        LifecycleState2["Available"] = "AVAILABLE";
        LifecycleState2["Deleting"] = "DELETING";
        LifecycleState2["Deleted"] = "DELETED";
        LifecycleState2["UnknownValue"] = "UNKNOWN_VALUE";
      })(LifecycleState = GenericArtifact2.LifecycleState || (GenericArtifact2.LifecycleState = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      GenericArtifact2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      GenericArtifact2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(GenericArtifact = exports.GenericArtifact || (exports.GenericArtifact = {}));
  }
});

// node_modules/oci-artifacts/lib/model/generic-artifact-collection.js
var require_generic_artifact_collection = __commonJS({
  "node_modules/oci-artifacts/lib/model/generic-artifact-collection.js"(exports) {
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
    exports.GenericArtifactCollection = void 0;
    var model = __importStar(require_model());
    var GenericArtifactCollection;
    (function(GenericArtifactCollection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.GenericArtifactSummary.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      GenericArtifactCollection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.GenericArtifactSummary.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      GenericArtifactCollection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(GenericArtifactCollection = exports.GenericArtifactCollection || (exports.GenericArtifactCollection = {}));
  }
});

// node_modules/oci-artifacts/lib/model/generic-artifact-summary.js
var require_generic_artifact_summary = __commonJS({
  "node_modules/oci-artifacts/lib/model/generic-artifact-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.GenericArtifactSummary = void 0;
    var GenericArtifactSummary;
    (function(GenericArtifactSummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      GenericArtifactSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      GenericArtifactSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(GenericArtifactSummary = exports.GenericArtifactSummary || (exports.GenericArtifactSummary = {}));
  }
});

// node_modules/oci-artifacts/lib/model/lookup-container-image-by-uri-details.js
var require_lookup_container_image_by_uri_details = __commonJS({
  "node_modules/oci-artifacts/lib/model/lookup-container-image-by-uri-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.LookupContainerImageByUriDetails = void 0;
    var LookupContainerImageByUriDetails;
    (function(LookupContainerImageByUriDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      LookupContainerImageByUriDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      LookupContainerImageByUriDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(LookupContainerImageByUriDetails = exports.LookupContainerImageByUriDetails || (exports.LookupContainerImageByUriDetails = {}));
  }
});

// node_modules/oci-artifacts/lib/model/remove-container-version-details.js
var require_remove_container_version_details = __commonJS({
  "node_modules/oci-artifacts/lib/model/remove-container-version-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RemoveContainerVersionDetails = void 0;
    var RemoveContainerVersionDetails;
    (function(RemoveContainerVersionDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      RemoveContainerVersionDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      RemoveContainerVersionDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(RemoveContainerVersionDetails = exports.RemoveContainerVersionDetails || (exports.RemoveContainerVersionDetails = {}));
  }
});

// node_modules/oci-artifacts/lib/model/repository.js
var require_repository = __commonJS({
  "node_modules/oci-artifacts/lib/model/repository.js"(exports) {
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
    exports.Repository = void 0;
    var model = __importStar(require_model());
    var common = require_oci_common();
    var Repository;
    (function(Repository2) {
      let LifecycleState;
      (function(LifecycleState2) {
        LifecycleState2["Available"] = "AVAILABLE";
        LifecycleState2["Deleting"] = "DELETING";
        LifecycleState2["Deleted"] = "DELETED";
        LifecycleState2["UnknownValue"] = "UNKNOWN_VALUE";
      })(LifecycleState = Repository2.LifecycleState || (Repository2.LifecycleState = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        if (obj && "repositoryType" in obj && obj.repositoryType) {
          switch (obj.repositoryType) {
            case "GENERIC":
              return model.GenericRepository.getJsonObj(jsonObj, true);
            default:
              if (common.LOG.logger)
                common.LOG.logger.info(`Unknown value for: ${obj.repositoryType}`);
          }
        }
        return jsonObj;
      }
      Repository2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        if (obj && "repositoryType" in obj && obj.repositoryType) {
          switch (obj.repositoryType) {
            case "GENERIC":
              return model.GenericRepository.getDeserializedJsonObj(jsonObj, true);
            default:
              if (common.LOG.logger)
                common.LOG.logger.info(`Unknown value for: ${obj.repositoryType}`);
          }
        }
        return jsonObj;
      }
      Repository2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(Repository = exports.Repository || (exports.Repository = {}));
  }
});

// node_modules/oci-artifacts/lib/model/repository-collection.js
var require_repository_collection = __commonJS({
  "node_modules/oci-artifacts/lib/model/repository-collection.js"(exports) {
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
    exports.RepositoryCollection = void 0;
    var model = __importStar(require_model());
    var RepositoryCollection;
    (function(RepositoryCollection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.RepositorySummary.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      RepositoryCollection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.RepositorySummary.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      RepositoryCollection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(RepositoryCollection = exports.RepositoryCollection || (exports.RepositoryCollection = {}));
  }
});

// node_modules/oci-artifacts/lib/model/repository-summary.js
var require_repository_summary = __commonJS({
  "node_modules/oci-artifacts/lib/model/repository-summary.js"(exports) {
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
    exports.RepositorySummary = void 0;
    var model = __importStar(require_model());
    var common = require_oci_common();
    var RepositorySummary;
    (function(RepositorySummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        if (obj && "repositoryType" in obj && obj.repositoryType) {
          switch (obj.repositoryType) {
            case "GENERIC":
              return model.GenericRepositorySummary.getJsonObj(jsonObj, true);
            default:
              if (common.LOG.logger)
                common.LOG.logger.info(`Unknown value for: ${obj.repositoryType}`);
          }
        }
        return jsonObj;
      }
      RepositorySummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        if (obj && "repositoryType" in obj && obj.repositoryType) {
          switch (obj.repositoryType) {
            case "GENERIC":
              return model.GenericRepositorySummary.getDeserializedJsonObj(jsonObj, true);
            default:
              if (common.LOG.logger)
                common.LOG.logger.info(`Unknown value for: ${obj.repositoryType}`);
          }
        }
        return jsonObj;
      }
      RepositorySummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(RepositorySummary = exports.RepositorySummary || (exports.RepositorySummary = {}));
  }
});

// node_modules/oci-artifacts/lib/model/restore-container-image-details.js
var require_restore_container_image_details = __commonJS({
  "node_modules/oci-artifacts/lib/model/restore-container-image-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RestoreContainerImageDetails = void 0;
    var RestoreContainerImageDetails;
    (function(RestoreContainerImageDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      RestoreContainerImageDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      RestoreContainerImageDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(RestoreContainerImageDetails = exports.RestoreContainerImageDetails || (exports.RestoreContainerImageDetails = {}));
  }
});

// node_modules/oci-artifacts/lib/model/update-container-configuration-details.js
var require_update_container_configuration_details = __commonJS({
  "node_modules/oci-artifacts/lib/model/update-container-configuration-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.UpdateContainerConfigurationDetails = void 0;
    var UpdateContainerConfigurationDetails;
    (function(UpdateContainerConfigurationDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateContainerConfigurationDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateContainerConfigurationDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(UpdateContainerConfigurationDetails = exports.UpdateContainerConfigurationDetails || (exports.UpdateContainerConfigurationDetails = {}));
  }
});

// node_modules/oci-artifacts/lib/model/update-container-image-details.js
var require_update_container_image_details = __commonJS({
  "node_modules/oci-artifacts/lib/model/update-container-image-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.UpdateContainerImageDetails = void 0;
    var UpdateContainerImageDetails;
    (function(UpdateContainerImageDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateContainerImageDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateContainerImageDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(UpdateContainerImageDetails = exports.UpdateContainerImageDetails || (exports.UpdateContainerImageDetails = {}));
  }
});

// node_modules/oci-artifacts/lib/model/update-container-image-signature-details.js
var require_update_container_image_signature_details = __commonJS({
  "node_modules/oci-artifacts/lib/model/update-container-image-signature-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.UpdateContainerImageSignatureDetails = void 0;
    var UpdateContainerImageSignatureDetails;
    (function(UpdateContainerImageSignatureDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateContainerImageSignatureDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateContainerImageSignatureDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(UpdateContainerImageSignatureDetails = exports.UpdateContainerImageSignatureDetails || (exports.UpdateContainerImageSignatureDetails = {}));
  }
});

// node_modules/oci-artifacts/lib/model/update-container-repository-details.js
var require_update_container_repository_details = __commonJS({
  "node_modules/oci-artifacts/lib/model/update-container-repository-details.js"(exports) {
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
    exports.UpdateContainerRepositoryDetails = void 0;
    var model = __importStar(require_model());
    var UpdateContainerRepositoryDetails;
    (function(UpdateContainerRepositoryDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "readme": obj.readme ? model.ContainerRepositoryReadme.getJsonObj(obj.readme) : void 0
        });
        return jsonObj;
      }
      UpdateContainerRepositoryDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "readme": obj.readme ? model.ContainerRepositoryReadme.getDeserializedJsonObj(obj.readme) : void 0
        });
        return jsonObj;
      }
      UpdateContainerRepositoryDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(UpdateContainerRepositoryDetails = exports.UpdateContainerRepositoryDetails || (exports.UpdateContainerRepositoryDetails = {}));
  }
});

// node_modules/oci-artifacts/lib/model/update-generic-artifact-by-path-details.js
var require_update_generic_artifact_by_path_details = __commonJS({
  "node_modules/oci-artifacts/lib/model/update-generic-artifact-by-path-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.UpdateGenericArtifactByPathDetails = void 0;
    var UpdateGenericArtifactByPathDetails;
    (function(UpdateGenericArtifactByPathDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateGenericArtifactByPathDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateGenericArtifactByPathDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(UpdateGenericArtifactByPathDetails = exports.UpdateGenericArtifactByPathDetails || (exports.UpdateGenericArtifactByPathDetails = {}));
  }
});

// node_modules/oci-artifacts/lib/model/update-generic-artifact-details.js
var require_update_generic_artifact_details = __commonJS({
  "node_modules/oci-artifacts/lib/model/update-generic-artifact-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.UpdateGenericArtifactDetails = void 0;
    var UpdateGenericArtifactDetails;
    (function(UpdateGenericArtifactDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateGenericArtifactDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateGenericArtifactDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(UpdateGenericArtifactDetails = exports.UpdateGenericArtifactDetails || (exports.UpdateGenericArtifactDetails = {}));
  }
});

// node_modules/oci-artifacts/lib/model/update-repository-details.js
var require_update_repository_details = __commonJS({
  "node_modules/oci-artifacts/lib/model/update-repository-details.js"(exports) {
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
    exports.UpdateRepositoryDetails = void 0;
    var model = __importStar(require_model());
    var common = require_oci_common();
    var UpdateRepositoryDetails;
    (function(UpdateRepositoryDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        if (obj && "repositoryType" in obj && obj.repositoryType) {
          switch (obj.repositoryType) {
            case "GENERIC":
              return model.UpdateGenericRepositoryDetails.getJsonObj(jsonObj, true);
            default:
              if (common.LOG.logger)
                common.LOG.logger.info(`Unknown value for: ${obj.repositoryType}`);
          }
        }
        return jsonObj;
      }
      UpdateRepositoryDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        if (obj && "repositoryType" in obj && obj.repositoryType) {
          switch (obj.repositoryType) {
            case "GENERIC":
              return model.UpdateGenericRepositoryDetails.getDeserializedJsonObj(jsonObj, true);
            default:
              if (common.LOG.logger)
                common.LOG.logger.info(`Unknown value for: ${obj.repositoryType}`);
          }
        }
        return jsonObj;
      }
      UpdateRepositoryDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(UpdateRepositoryDetails = exports.UpdateRepositoryDetails || (exports.UpdateRepositoryDetails = {}));
  }
});

// node_modules/oci-artifacts/lib/model/create-generic-repository-details.js
var require_create_generic_repository_details = __commonJS({
  "node_modules/oci-artifacts/lib/model/create-generic-repository-details.js"(exports) {
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
    exports.CreateGenericRepositoryDetails = void 0;
    var model = __importStar(require_model());
    var CreateGenericRepositoryDetails;
    (function(CreateGenericRepositoryDetails2) {
      function getJsonObj(obj, isParentJsonObj) {
        const jsonObj = Object.assign(Object.assign({}, isParentJsonObj ? obj : model.CreateRepositoryDetails.getJsonObj(obj)), {});
        return jsonObj;
      }
      CreateGenericRepositoryDetails2.getJsonObj = getJsonObj;
      CreateGenericRepositoryDetails2.repositoryType = "GENERIC";
      function getDeserializedJsonObj(obj, isParentJsonObj) {
        const jsonObj = Object.assign(Object.assign({}, isParentJsonObj ? obj : model.CreateRepositoryDetails.getDeserializedJsonObj(obj)), {});
        return jsonObj;
      }
      CreateGenericRepositoryDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(CreateGenericRepositoryDetails = exports.CreateGenericRepositoryDetails || (exports.CreateGenericRepositoryDetails = {}));
  }
});

// node_modules/oci-artifacts/lib/model/generic-repository.js
var require_generic_repository = __commonJS({
  "node_modules/oci-artifacts/lib/model/generic-repository.js"(exports) {
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
    exports.GenericRepository = void 0;
    var model = __importStar(require_model());
    var GenericRepository;
    (function(GenericRepository2) {
      function getJsonObj(obj, isParentJsonObj) {
        const jsonObj = Object.assign(Object.assign({}, isParentJsonObj ? obj : model.Repository.getJsonObj(obj)), {});
        return jsonObj;
      }
      GenericRepository2.getJsonObj = getJsonObj;
      GenericRepository2.repositoryType = "GENERIC";
      function getDeserializedJsonObj(obj, isParentJsonObj) {
        const jsonObj = Object.assign(Object.assign({}, isParentJsonObj ? obj : model.Repository.getDeserializedJsonObj(obj)), {});
        return jsonObj;
      }
      GenericRepository2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(GenericRepository = exports.GenericRepository || (exports.GenericRepository = {}));
  }
});

// node_modules/oci-artifacts/lib/model/generic-repository-summary.js
var require_generic_repository_summary = __commonJS({
  "node_modules/oci-artifacts/lib/model/generic-repository-summary.js"(exports) {
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
    exports.GenericRepositorySummary = void 0;
    var model = __importStar(require_model());
    var GenericRepositorySummary;
    (function(GenericRepositorySummary2) {
      function getJsonObj(obj, isParentJsonObj) {
        const jsonObj = Object.assign(Object.assign({}, isParentJsonObj ? obj : model.RepositorySummary.getJsonObj(obj)), {});
        return jsonObj;
      }
      GenericRepositorySummary2.getJsonObj = getJsonObj;
      GenericRepositorySummary2.repositoryType = "GENERIC";
      function getDeserializedJsonObj(obj, isParentJsonObj) {
        const jsonObj = Object.assign(Object.assign({}, isParentJsonObj ? obj : model.RepositorySummary.getDeserializedJsonObj(obj)), {});
        return jsonObj;
      }
      GenericRepositorySummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(GenericRepositorySummary = exports.GenericRepositorySummary || (exports.GenericRepositorySummary = {}));
  }
});

// node_modules/oci-artifacts/lib/model/update-generic-repository-details.js
var require_update_generic_repository_details = __commonJS({
  "node_modules/oci-artifacts/lib/model/update-generic-repository-details.js"(exports) {
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
    exports.UpdateGenericRepositoryDetails = void 0;
    var model = __importStar(require_model());
    var UpdateGenericRepositoryDetails;
    (function(UpdateGenericRepositoryDetails2) {
      function getJsonObj(obj, isParentJsonObj) {
        const jsonObj = Object.assign(Object.assign({}, isParentJsonObj ? obj : model.UpdateRepositoryDetails.getJsonObj(obj)), {});
        return jsonObj;
      }
      UpdateGenericRepositoryDetails2.getJsonObj = getJsonObj;
      UpdateGenericRepositoryDetails2.repositoryType = "GENERIC";
      function getDeserializedJsonObj(obj, isParentJsonObj) {
        const jsonObj = Object.assign(Object.assign({}, isParentJsonObj ? obj : model.UpdateRepositoryDetails.getDeserializedJsonObj(obj)), {});
        return jsonObj;
      }
      UpdateGenericRepositoryDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(UpdateGenericRepositoryDetails = exports.UpdateGenericRepositoryDetails || (exports.UpdateGenericRepositoryDetails = {}));
  }
});

// node_modules/oci-artifacts/lib/model/index.js
var require_model = __commonJS({
  "node_modules/oci-artifacts/lib/model/index.js"(exports) {
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
    exports.UpdateGenericRepositoryDetails = exports.GenericRepositorySummary = exports.GenericRepository = exports.CreateGenericRepositoryDetails = exports.UpdateRepositoryDetails = exports.UpdateGenericArtifactDetails = exports.UpdateGenericArtifactByPathDetails = exports.UpdateContainerRepositoryDetails = exports.UpdateContainerImageSignatureDetails = exports.UpdateContainerImageDetails = exports.UpdateContainerConfigurationDetails = exports.RestoreContainerImageDetails = exports.RepositorySummary = exports.RepositoryCollection = exports.Repository = exports.RemoveContainerVersionDetails = exports.LookupContainerImageByUriDetails = exports.GenericArtifactSummary = exports.GenericArtifactCollection = exports.GenericArtifact = exports.CreateRepositoryDetails = exports.CreateContainerRepositoryDetails = exports.CreateContainerImageSignatureDetails = exports.ContainerVersion = exports.ContainerRepositorySummary = exports.ContainerRepositoryReadme = exports.ContainerRepositoryCollection = exports.ContainerRepository = exports.ContainerImageSummary = exports.ContainerImageSignatureSummary = exports.ContainerImageSignatureCollection = exports.ContainerImageSignature = exports.ContainerImageLayer = exports.ContainerImageCollection = exports.ContainerImage = exports.ContainerConfiguration = exports.ChangeRepositoryCompartmentDetails = exports.ChangeContainerRepositoryCompartmentDetails = void 0;
    var ChangeContainerRepositoryCompartmentDetails = __importStar(require_change_container_repository_compartment_details());
    exports.ChangeContainerRepositoryCompartmentDetails = ChangeContainerRepositoryCompartmentDetails.ChangeContainerRepositoryCompartmentDetails;
    var ChangeRepositoryCompartmentDetails = __importStar(require_change_repository_compartment_details());
    exports.ChangeRepositoryCompartmentDetails = ChangeRepositoryCompartmentDetails.ChangeRepositoryCompartmentDetails;
    var ContainerConfiguration = __importStar(require_container_configuration());
    exports.ContainerConfiguration = ContainerConfiguration.ContainerConfiguration;
    var ContainerImage = __importStar(require_container_image());
    exports.ContainerImage = ContainerImage.ContainerImage;
    var ContainerImageCollection = __importStar(require_container_image_collection());
    exports.ContainerImageCollection = ContainerImageCollection.ContainerImageCollection;
    var ContainerImageLayer = __importStar(require_container_image_layer());
    exports.ContainerImageLayer = ContainerImageLayer.ContainerImageLayer;
    var ContainerImageSignature = __importStar(require_container_image_signature());
    exports.ContainerImageSignature = ContainerImageSignature.ContainerImageSignature;
    var ContainerImageSignatureCollection = __importStar(require_container_image_signature_collection());
    exports.ContainerImageSignatureCollection = ContainerImageSignatureCollection.ContainerImageSignatureCollection;
    var ContainerImageSignatureSummary = __importStar(require_container_image_signature_summary());
    exports.ContainerImageSignatureSummary = ContainerImageSignatureSummary.ContainerImageSignatureSummary;
    var ContainerImageSummary = __importStar(require_container_image_summary());
    exports.ContainerImageSummary = ContainerImageSummary.ContainerImageSummary;
    var ContainerRepository = __importStar(require_container_repository());
    exports.ContainerRepository = ContainerRepository.ContainerRepository;
    var ContainerRepositoryCollection = __importStar(require_container_repository_collection());
    exports.ContainerRepositoryCollection = ContainerRepositoryCollection.ContainerRepositoryCollection;
    var ContainerRepositoryReadme = __importStar(require_container_repository_readme());
    exports.ContainerRepositoryReadme = ContainerRepositoryReadme.ContainerRepositoryReadme;
    var ContainerRepositorySummary = __importStar(require_container_repository_summary());
    exports.ContainerRepositorySummary = ContainerRepositorySummary.ContainerRepositorySummary;
    var ContainerVersion = __importStar(require_container_version());
    exports.ContainerVersion = ContainerVersion.ContainerVersion;
    var CreateContainerImageSignatureDetails = __importStar(require_create_container_image_signature_details());
    exports.CreateContainerImageSignatureDetails = CreateContainerImageSignatureDetails.CreateContainerImageSignatureDetails;
    var CreateContainerRepositoryDetails = __importStar(require_create_container_repository_details());
    exports.CreateContainerRepositoryDetails = CreateContainerRepositoryDetails.CreateContainerRepositoryDetails;
    var CreateRepositoryDetails = __importStar(require_create_repository_details());
    exports.CreateRepositoryDetails = CreateRepositoryDetails.CreateRepositoryDetails;
    var GenericArtifact = __importStar(require_generic_artifact());
    exports.GenericArtifact = GenericArtifact.GenericArtifact;
    var GenericArtifactCollection = __importStar(require_generic_artifact_collection());
    exports.GenericArtifactCollection = GenericArtifactCollection.GenericArtifactCollection;
    var GenericArtifactSummary = __importStar(require_generic_artifact_summary());
    exports.GenericArtifactSummary = GenericArtifactSummary.GenericArtifactSummary;
    var LookupContainerImageByUriDetails = __importStar(require_lookup_container_image_by_uri_details());
    exports.LookupContainerImageByUriDetails = LookupContainerImageByUriDetails.LookupContainerImageByUriDetails;
    var RemoveContainerVersionDetails = __importStar(require_remove_container_version_details());
    exports.RemoveContainerVersionDetails = RemoveContainerVersionDetails.RemoveContainerVersionDetails;
    var Repository = __importStar(require_repository());
    exports.Repository = Repository.Repository;
    var RepositoryCollection = __importStar(require_repository_collection());
    exports.RepositoryCollection = RepositoryCollection.RepositoryCollection;
    var RepositorySummary = __importStar(require_repository_summary());
    exports.RepositorySummary = RepositorySummary.RepositorySummary;
    var RestoreContainerImageDetails = __importStar(require_restore_container_image_details());
    exports.RestoreContainerImageDetails = RestoreContainerImageDetails.RestoreContainerImageDetails;
    var UpdateContainerConfigurationDetails = __importStar(require_update_container_configuration_details());
    exports.UpdateContainerConfigurationDetails = UpdateContainerConfigurationDetails.UpdateContainerConfigurationDetails;
    var UpdateContainerImageDetails = __importStar(require_update_container_image_details());
    exports.UpdateContainerImageDetails = UpdateContainerImageDetails.UpdateContainerImageDetails;
    var UpdateContainerImageSignatureDetails = __importStar(require_update_container_image_signature_details());
    exports.UpdateContainerImageSignatureDetails = UpdateContainerImageSignatureDetails.UpdateContainerImageSignatureDetails;
    var UpdateContainerRepositoryDetails = __importStar(require_update_container_repository_details());
    exports.UpdateContainerRepositoryDetails = UpdateContainerRepositoryDetails.UpdateContainerRepositoryDetails;
    var UpdateGenericArtifactByPathDetails = __importStar(require_update_generic_artifact_by_path_details());
    exports.UpdateGenericArtifactByPathDetails = UpdateGenericArtifactByPathDetails.UpdateGenericArtifactByPathDetails;
    var UpdateGenericArtifactDetails = __importStar(require_update_generic_artifact_details());
    exports.UpdateGenericArtifactDetails = UpdateGenericArtifactDetails.UpdateGenericArtifactDetails;
    var UpdateRepositoryDetails = __importStar(require_update_repository_details());
    exports.UpdateRepositoryDetails = UpdateRepositoryDetails.UpdateRepositoryDetails;
    var CreateGenericRepositoryDetails = __importStar(require_create_generic_repository_details());
    exports.CreateGenericRepositoryDetails = CreateGenericRepositoryDetails.CreateGenericRepositoryDetails;
    var GenericRepository = __importStar(require_generic_repository());
    exports.GenericRepository = GenericRepository.GenericRepository;
    var GenericRepositorySummary = __importStar(require_generic_repository_summary());
    exports.GenericRepositorySummary = GenericRepositorySummary.GenericRepositorySummary;
    var UpdateGenericRepositoryDetails = __importStar(require_update_generic_repository_details());
    exports.UpdateGenericRepositoryDetails = UpdateGenericRepositoryDetails.UpdateGenericRepositoryDetails;
  }
});

// node_modules/oci-artifacts/lib/response/index.js
var require_response = __commonJS({
  "node_modules/oci-artifacts/lib/response/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/oci-artifacts/lib/artifacts-waiter.js
var require_artifacts_waiter = __commonJS({
  "node_modules/oci-artifacts/lib/artifacts-waiter.js"(exports) {
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
    exports.ArtifactsWaiter = void 0;
    var models = __importStar(require_model());
    var oci_common_1 = require_oci_common();
    var ArtifactsWaiter = class {
      constructor(client, config) {
        this.client = client;
        this.config = config;
      }
      /**
       * Waits forContainerImage till it reaches any of the provided states
       *
       * @param request the request to send
       * @param targetStates the desired states to wait for. The waiter will return once the resource reaches any of the provided states
       * @return response returns GetContainerImageResponse | null (null in case of 404 response)
       */
      forContainerImage(request, ...targetStates) {
        return __awaiter(this, void 0, void 0, function* () {
          return oci_common_1.genericTerminalConditionWaiter(this.config, () => this.client.getContainerImage(request), (response) => targetStates.includes(response.containerImage.lifecycleState), targetStates.includes(models.ContainerImage.LifecycleState.Deleted));
        });
      }
      /**
       * Waits forContainerImageSignature till it reaches any of the provided states
       *
       * @param request the request to send
       * @param targetStates the desired states to wait for. The waiter will return once the resource reaches any of the provided states
       * @return response returns GetContainerImageSignatureResponse | null (null in case of 404 response)
       */
      forContainerImageSignature(request, ...targetStates) {
        return __awaiter(this, void 0, void 0, function* () {
          return oci_common_1.genericTerminalConditionWaiter(this.config, () => this.client.getContainerImageSignature(request), (response) => targetStates.includes(response.containerImageSignature.lifecycleState), targetStates.includes(models.ContainerImageSignature.LifecycleState.Deleted));
        });
      }
      /**
       * Waits forContainerRepository till it reaches any of the provided states
       *
       * @param request the request to send
       * @param targetStates the desired states to wait for. The waiter will return once the resource reaches any of the provided states
       * @return response returns GetContainerRepositoryResponse | null (null in case of 404 response)
       */
      forContainerRepository(request, ...targetStates) {
        return __awaiter(this, void 0, void 0, function* () {
          return oci_common_1.genericTerminalConditionWaiter(this.config, () => this.client.getContainerRepository(request), (response) => targetStates.includes(response.containerRepository.lifecycleState), targetStates.includes(models.ContainerRepository.LifecycleState.Deleted));
        });
      }
      /**
       * Waits forGenericArtifact till it reaches any of the provided states
       *
       * @param request the request to send
       * @param targetStates the desired states to wait for. The waiter will return once the resource reaches any of the provided states
       * @return response returns GetGenericArtifactResponse | null (null in case of 404 response)
       */
      forGenericArtifact(request, ...targetStates) {
        return __awaiter(this, void 0, void 0, function* () {
          return oci_common_1.genericTerminalConditionWaiter(this.config, () => this.client.getGenericArtifact(request), (response) => targetStates.includes(response.genericArtifact.lifecycleState), targetStates.includes(models.GenericArtifact.LifecycleState.Deleted));
        });
      }
      /**
       * Waits forRepository till it reaches any of the provided states
       *
       * @param request the request to send
       * @param targetStates the desired states to wait for. The waiter will return once the resource reaches any of the provided states
       * @return response returns GetRepositoryResponse | null (null in case of 404 response)
       */
      forRepository(request, ...targetStates) {
        return __awaiter(this, void 0, void 0, function* () {
          return oci_common_1.genericTerminalConditionWaiter(this.config, () => this.client.getRepository(request), (response) => targetStates.includes(response.repository.lifecycleState), targetStates.includes(models.Repository.LifecycleState.Deleted));
        });
      }
    };
    exports.ArtifactsWaiter = ArtifactsWaiter;
  }
});

// node_modules/oci-artifacts/lib/client.js
var require_client = __commonJS({
  "node_modules/oci-artifacts/lib/client.js"(exports) {
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
    exports.ArtifactsClient = exports.ArtifactsApiKeys = void 0;
    var common = require_oci_common();
    var model = __importStar(require_model());
    var artifacts_waiter_1 = require_artifacts_waiter();
    var oci_common_1 = require_oci_common();
    var Breaker = require_opossum();
    var ArtifactsApiKeys;
    /* @__PURE__ */ (function(ArtifactsApiKeys2) {
    })(ArtifactsApiKeys = exports.ArtifactsApiKeys || (exports.ArtifactsApiKeys = {}));
    var ArtifactsClient = class _ArtifactsClient {
      constructor(params, clientConfiguration) {
        this["_realmSpecificEndpointTemplateEnabled"] = void 0;
        this["_endpoint"] = "";
        this["_defaultHeaders"] = {};
        this._circuitBreaker = null;
        this._httpOptions = void 0;
        this._bodyDuplexMode = void 0;
        this.targetService = "Artifacts";
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
        if (!oci_common_1.developerToolConfiguration.isServiceEnabled("artifacts")) {
          let errmsg = "The developerToolConfiguration configuration disabled this service, this behavior is controlled by developerToolConfiguration.ociEnabledServiceSet variable. Please check if your local developer_tool_configuration file has configured the service you're targeting or contact the cloud provider on the availability of this service : ";
          throw errmsg.concat("artifacts");
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
        this._endpoint = this._endpoint + "/20160918";
        if (this.logger)
          this.logger.info(`ArtifactsClient endpoint set to ${this._endpoint}`);
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
          this.endpoint = common.EndpointBuilder.createEndpointFromRegion(_ArtifactsClient.serviceEndpointTemplate, this._region, _ArtifactsClient.endpointServiceName);
        } else if (this._lastSetRegionOrRegionId === common.Region.REGION_ID_STRING) {
          this.endpoint = common.EndpointBuilder.createEndpointFromRegionId(_ArtifactsClient.serviceEndpointTemplate, this._regionId, _ArtifactsClient.endpointServiceName);
        }
      }
      /**
       * Sets the region to call (ex, Region.US_PHOENIX_1).
       * Note, this will call {@link #endpoint(String) endpoint} after resolving the endpoint.
       * @param region The region of the service.
       */
      set region(region) {
        this._region = region;
        this.endpoint = common.EndpointBuilder.createEndpointFromRegion(_ArtifactsClient.serviceEndpointTemplate, region, _ArtifactsClient.endpointServiceName);
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
        this.endpoint = common.EndpointBuilder.createEndpointFromRegionId(_ArtifactsClient.serviceEndpointTemplate, regionId, _ArtifactsClient.endpointServiceName);
        this._lastSetRegionOrRegionId = common.Region.REGION_ID_STRING;
      }
      /**
       * Creates a new ArtifactsWaiter for resources for this service.
       *
       * @param config The waiter configuration for termination and delay strategy
       * @return The service waiters.
       */
      createWaiters(config) {
        this._waiters = new artifacts_waiter_1.ArtifactsWaiter(this, config);
        return this._waiters;
      }
      /**
       * Gets the waiters available for resources for this service.
       *
       * @return The service waiters.
       */
      getWaiters() {
        if (this._waiters) {
          return this._waiters;
        }
        throw Error("Waiters do not exist. Please create waiters.");
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
       * Moves a container repository into a different compartment within the same tenancy. For information about moving
       * resources between compartments, see
       * [Moving Resources to a Different Compartment](https://docs.oracle.com/iaas/Content/Identity/Tasks/managingcompartments.htm#moveRes).
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param ChangeContainerRepositoryCompartmentRequest
       * @return ChangeContainerRepositoryCompartmentResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/ChangeContainerRepositoryCompartment.ts.html |here} to see how to use ChangeContainerRepositoryCompartment API.
       */
      changeContainerRepositoryCompartment(changeContainerRepositoryCompartmentRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#changeContainerRepositoryCompartment.");
          const operationName = "changeContainerRepositoryCompartment";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/ContainerRepository/ChangeContainerRepositoryCompartment";
          const pathParams = {
            "{repositoryId}": changeContainerRepositoryCompartmentRequest.repositoryId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": changeContainerRepositoryCompartmentRequest.ifMatch,
            "opc-request-id": changeContainerRepositoryCompartmentRequest.opcRequestId,
            "opc-retry-token": changeContainerRepositoryCompartmentRequest.opcRetryToken
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, changeContainerRepositoryCompartmentRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/container/repositories/{repositoryId}/actions/changeCompartment",
            method: "POST",
            bodyContent: common.ObjectSerializer.serialize(changeContainerRepositoryCompartmentRequest.changeContainerRepositoryCompartmentDetails, "ChangeContainerRepositoryCompartmentDetails", model.ChangeContainerRepositoryCompartmentDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
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
      /**
       * Moves a repository into a different compartment within the same tenancy. For information about moving
       * resources between compartments, see
       * [Moving Resources to a Different Compartment](https://docs.oracle.com/iaas/Content/Identity/Tasks/managingcompartments.htm#moveRes).
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param ChangeRepositoryCompartmentRequest
       * @return ChangeRepositoryCompartmentResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/ChangeRepositoryCompartment.ts.html |here} to see how to use ChangeRepositoryCompartment API.
       */
      changeRepositoryCompartment(changeRepositoryCompartmentRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#changeRepositoryCompartment.");
          const operationName = "changeRepositoryCompartment";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/Repository/ChangeRepositoryCompartment";
          const pathParams = {
            "{repositoryId}": changeRepositoryCompartmentRequest.repositoryId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": changeRepositoryCompartmentRequest.ifMatch,
            "opc-request-id": changeRepositoryCompartmentRequest.opcRequestId,
            "opc-retry-token": changeRepositoryCompartmentRequest.opcRetryToken
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, changeRepositoryCompartmentRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/repositories/{repositoryId}/actions/changeCompartment",
            method: "POST",
            bodyContent: common.ObjectSerializer.serialize(changeRepositoryCompartmentRequest.changeRepositoryCompartmentDetails, "ChangeRepositoryCompartmentDetails", model.ChangeRepositoryCompartmentDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
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
      /**
       * Upload a signature to an image.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param CreateContainerImageSignatureRequest
       * @return CreateContainerImageSignatureResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/CreateContainerImageSignature.ts.html |here} to see how to use CreateContainerImageSignature API.
       */
      createContainerImageSignature(createContainerImageSignatureRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#createContainerImageSignature.");
          const operationName = "createContainerImageSignature";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/ContainerImageSignature/CreateContainerImageSignature";
          const pathParams = {};
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": createContainerImageSignatureRequest.opcRequestId,
            "opc-retry-token": createContainerImageSignatureRequest.opcRetryToken,
            "if-match": createContainerImageSignatureRequest.ifMatch
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, createContainerImageSignatureRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/container/imageSignatures",
            method: "POST",
            bodyContent: common.ObjectSerializer.serialize(createContainerImageSignatureRequest.createContainerImageSignatureDetails, "CreateContainerImageSignatureDetails", model.CreateContainerImageSignatureDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "containerImageSignature",
              bodyModel: model.ContainerImageSignature,
              type: "model.ContainerImageSignature",
              responseHeaders: [
                {
                  value: response.headers.get("etag"),
                  key: "etag",
                  dataType: "string"
                },
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
      /**
       * Create a new empty container repository. Avoid entering confidential information.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param CreateContainerRepositoryRequest
       * @return CreateContainerRepositoryResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/CreateContainerRepository.ts.html |here} to see how to use CreateContainerRepository API.
       */
      createContainerRepository(createContainerRepositoryRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#createContainerRepository.");
          const operationName = "createContainerRepository";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/ContainerRepository/CreateContainerRepository";
          const pathParams = {};
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": createContainerRepositoryRequest.opcRequestId,
            "opc-retry-token": createContainerRepositoryRequest.opcRetryToken
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, createContainerRepositoryRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/container/repositories",
            method: "POST",
            bodyContent: common.ObjectSerializer.serialize(createContainerRepositoryRequest.createContainerRepositoryDetails, "CreateContainerRepositoryDetails", model.CreateContainerRepositoryDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "containerRepository",
              bodyModel: model.ContainerRepository,
              type: "model.ContainerRepository",
              responseHeaders: [
                {
                  value: response.headers.get("etag"),
                  key: "etag",
                  dataType: "string"
                },
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
      /**
       * Creates a new repository for storing artifacts.
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param CreateRepositoryRequest
       * @return CreateRepositoryResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/CreateRepository.ts.html |here} to see how to use CreateRepository API.
       */
      createRepository(createRepositoryRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#createRepository.");
          const operationName = "createRepository";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/Repository/CreateRepository";
          const pathParams = {};
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": createRepositoryRequest.opcRequestId,
            "opc-retry-token": createRepositoryRequest.opcRetryToken
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, createRepositoryRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/repositories",
            method: "POST",
            bodyContent: common.ObjectSerializer.serialize(createRepositoryRequest.createRepositoryDetails, "CreateRepositoryDetails", model.CreateRepositoryDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "repository",
              bodyModel: model.Repository,
              type: "model.Repository",
              responseHeaders: [
                {
                  value: response.headers.get("etag"),
                  key: "etag",
                  dataType: "string"
                },
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
      /**
       * Delete a container image.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param DeleteContainerImageRequest
       * @return DeleteContainerImageResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/DeleteContainerImage.ts.html |here} to see how to use DeleteContainerImage API.
       */
      deleteContainerImage(deleteContainerImageRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#deleteContainerImage.");
          const operationName = "deleteContainerImage";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/ContainerImage/DeleteContainerImage";
          const pathParams = {
            "{imageId}": deleteContainerImageRequest.imageId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": deleteContainerImageRequest.ifMatch,
            "opc-request-id": deleteContainerImageRequest.opcRequestId
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, deleteContainerImageRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/container/images/{imageId}",
            method: "DELETE",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
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
      /**
       * Delete a container image signature.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param DeleteContainerImageSignatureRequest
       * @return DeleteContainerImageSignatureResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/DeleteContainerImageSignature.ts.html |here} to see how to use DeleteContainerImageSignature API.
       */
      deleteContainerImageSignature(deleteContainerImageSignatureRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#deleteContainerImageSignature.");
          const operationName = "deleteContainerImageSignature";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/ContainerImageSignature/DeleteContainerImageSignature";
          const pathParams = {
            "{imageSignatureId}": deleteContainerImageSignatureRequest.imageSignatureId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": deleteContainerImageSignatureRequest.opcRequestId,
            "if-match": deleteContainerImageSignatureRequest.ifMatch
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, deleteContainerImageSignatureRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/container/imageSignatures/{imageSignatureId}",
            method: "DELETE",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
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
      /**
       * Delete container repository.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param DeleteContainerRepositoryRequest
       * @return DeleteContainerRepositoryResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/DeleteContainerRepository.ts.html |here} to see how to use DeleteContainerRepository API.
       */
      deleteContainerRepository(deleteContainerRepositoryRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#deleteContainerRepository.");
          const operationName = "deleteContainerRepository";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/ContainerRepository/DeleteContainerRepository";
          const pathParams = {
            "{repositoryId}": deleteContainerRepositoryRequest.repositoryId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": deleteContainerRepositoryRequest.ifMatch,
            "opc-request-id": deleteContainerRepositoryRequest.opcRequestId
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, deleteContainerRepositoryRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/container/repositories/{repositoryId}",
            method: "DELETE",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
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
      /**
       * Deletes an artifact with a specified [OCID](https://docs.oracle.com/iaas/Content/General/Concepts/identifiers.htm).
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param DeleteGenericArtifactRequest
       * @return DeleteGenericArtifactResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/DeleteGenericArtifact.ts.html |here} to see how to use DeleteGenericArtifact API.
       */
      deleteGenericArtifact(deleteGenericArtifactRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#deleteGenericArtifact.");
          const operationName = "deleteGenericArtifact";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/GenericArtifact/DeleteGenericArtifact";
          const pathParams = {
            "{artifactId}": deleteGenericArtifactRequest.artifactId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": deleteGenericArtifactRequest.ifMatch,
            "opc-request-id": deleteGenericArtifactRequest.opcRequestId
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, deleteGenericArtifactRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/generic/artifacts/{artifactId}",
            method: "DELETE",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
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
      /**
       * Deletes an artifact with a specified `artifactPath` and `version`.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param DeleteGenericArtifactByPathRequest
       * @return DeleteGenericArtifactByPathResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/DeleteGenericArtifactByPath.ts.html |here} to see how to use DeleteGenericArtifactByPath API.
       */
      deleteGenericArtifactByPath(deleteGenericArtifactByPathRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#deleteGenericArtifactByPath.");
          const operationName = "deleteGenericArtifactByPath";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/GenericArtifact/DeleteGenericArtifactByPath";
          const pathParams = {
            "{repositoryId}": deleteGenericArtifactByPathRequest.repositoryId,
            "{artifactPath}": deleteGenericArtifactByPathRequest.artifactPath,
            "{version}": deleteGenericArtifactByPathRequest.version
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": deleteGenericArtifactByPathRequest.ifMatch,
            "opc-request-id": deleteGenericArtifactByPathRequest.opcRequestId
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, deleteGenericArtifactByPathRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/generic/repositories/{repositoryId}/artifactPaths/{artifactPath}/versions/{version}",
            method: "DELETE",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
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
      /**
       * Deletes the specified repository. This operation fails unless all associated artifacts are in a DELETED state. You must delete all associated artifacts before deleting a repository.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param DeleteRepositoryRequest
       * @return DeleteRepositoryResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/DeleteRepository.ts.html |here} to see how to use DeleteRepository API.
       */
      deleteRepository(deleteRepositoryRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#deleteRepository.");
          const operationName = "deleteRepository";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/Repository/DeleteRepository";
          const pathParams = {
            "{repositoryId}": deleteRepositoryRequest.repositoryId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": deleteRepositoryRequest.ifMatch,
            "opc-request-id": deleteRepositoryRequest.opcRequestId
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, deleteRepositoryRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/repositories/{repositoryId}",
            method: "DELETE",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
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
      /**
       * Get container configuration.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param GetContainerConfigurationRequest
       * @return GetContainerConfigurationResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/GetContainerConfiguration.ts.html |here} to see how to use GetContainerConfiguration API.
       */
      getContainerConfiguration(getContainerConfigurationRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#getContainerConfiguration.");
          const operationName = "getContainerConfiguration";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/ContainerConfiguration/GetContainerConfiguration";
          const pathParams = {};
          const queryParams = {
            "compartmentId": getContainerConfigurationRequest.compartmentId
          };
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": getContainerConfigurationRequest.opcRequestId
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getContainerConfigurationRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/container/configuration",
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
              bodyKey: "containerConfiguration",
              bodyModel: model.ContainerConfiguration,
              type: "model.ContainerConfiguration",
              responseHeaders: [
                {
                  value: response.headers.get("etag"),
                  key: "etag",
                  dataType: "string"
                },
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
      /**
       * Get container image metadata.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param GetContainerImageRequest
       * @return GetContainerImageResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/GetContainerImage.ts.html |here} to see how to use GetContainerImage API.
       */
      getContainerImage(getContainerImageRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#getContainerImage.");
          const operationName = "getContainerImage";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/ContainerImage/GetContainerImage";
          const pathParams = {
            "{imageId}": getContainerImageRequest.imageId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": getContainerImageRequest.opcRequestId
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getContainerImageRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/container/images/{imageId}",
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
              bodyKey: "containerImage",
              bodyModel: model.ContainerImage,
              type: "model.ContainerImage",
              responseHeaders: [
                {
                  value: response.headers.get("etag"),
                  key: "etag",
                  dataType: "string"
                },
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
      /**
       * Get container image signature metadata.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param GetContainerImageSignatureRequest
       * @return GetContainerImageSignatureResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/GetContainerImageSignature.ts.html |here} to see how to use GetContainerImageSignature API.
       */
      getContainerImageSignature(getContainerImageSignatureRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#getContainerImageSignature.");
          const operationName = "getContainerImageSignature";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/ContainerImageSignature/GetContainerImageSignature";
          const pathParams = {
            "{imageSignatureId}": getContainerImageSignatureRequest.imageSignatureId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": getContainerImageSignatureRequest.opcRequestId
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getContainerImageSignatureRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/container/imageSignatures/{imageSignatureId}",
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
              bodyKey: "containerImageSignature",
              bodyModel: model.ContainerImageSignature,
              type: "model.ContainerImageSignature",
              responseHeaders: [
                {
                  value: response.headers.get("etag"),
                  key: "etag",
                  dataType: "string"
                },
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
      /**
       * Get container repository.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param GetContainerRepositoryRequest
       * @return GetContainerRepositoryResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/GetContainerRepository.ts.html |here} to see how to use GetContainerRepository API.
       */
      getContainerRepository(getContainerRepositoryRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#getContainerRepository.");
          const operationName = "getContainerRepository";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/ContainerRepository/GetContainerRepository";
          const pathParams = {
            "{repositoryId}": getContainerRepositoryRequest.repositoryId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": getContainerRepositoryRequest.opcRequestId
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getContainerRepositoryRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/container/repositories/{repositoryId}",
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
              bodyKey: "containerRepository",
              bodyModel: model.ContainerRepository,
              type: "model.ContainerRepository",
              responseHeaders: [
                {
                  value: response.headers.get("etag"),
                  key: "etag",
                  dataType: "string"
                },
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
      /**
       * Gets information about an artifact with a specified [OCID](https://docs.oracle.com/iaas/Content/General/Concepts/identifiers.htm).
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param GetGenericArtifactRequest
       * @return GetGenericArtifactResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/GetGenericArtifact.ts.html |here} to see how to use GetGenericArtifact API.
       */
      getGenericArtifact(getGenericArtifactRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#getGenericArtifact.");
          const operationName = "getGenericArtifact";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/GenericArtifact/GetGenericArtifact";
          const pathParams = {
            "{artifactId}": getGenericArtifactRequest.artifactId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": getGenericArtifactRequest.opcRequestId
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getGenericArtifactRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/generic/artifacts/{artifactId}",
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
              bodyKey: "genericArtifact",
              bodyModel: model.GenericArtifact,
              type: "model.GenericArtifact",
              responseHeaders: [
                {
                  value: response.headers.get("etag"),
                  key: "etag",
                  dataType: "string"
                },
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
      /**
       * Gets information about an artifact with a specified `artifactPath` and `version`.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param GetGenericArtifactByPathRequest
       * @return GetGenericArtifactByPathResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/GetGenericArtifactByPath.ts.html |here} to see how to use GetGenericArtifactByPath API.
       */
      getGenericArtifactByPath(getGenericArtifactByPathRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#getGenericArtifactByPath.");
          const operationName = "getGenericArtifactByPath";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/GenericArtifact/GetGenericArtifactByPath";
          const pathParams = {
            "{repositoryId}": getGenericArtifactByPathRequest.repositoryId,
            "{artifactPath}": getGenericArtifactByPathRequest.artifactPath,
            "{version}": getGenericArtifactByPathRequest.version
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": getGenericArtifactByPathRequest.opcRequestId
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getGenericArtifactByPathRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/generic/repositories/{repositoryId}/artifactPaths/{artifactPath}/versions/{version}",
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
              bodyKey: "genericArtifact",
              bodyModel: model.GenericArtifact,
              type: "model.GenericArtifact",
              responseHeaders: [
                {
                  value: response.headers.get("etag"),
                  key: "etag",
                  dataType: "string"
                },
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
      /**
       * Gets the specified repository's information.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param GetRepositoryRequest
       * @return GetRepositoryResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/GetRepository.ts.html |here} to see how to use GetRepository API.
       */
      getRepository(getRepositoryRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#getRepository.");
          const operationName = "getRepository";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/Repository/GetRepository";
          const pathParams = {
            "{repositoryId}": getRepositoryRequest.repositoryId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": getRepositoryRequest.opcRequestId
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getRepositoryRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/repositories/{repositoryId}",
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
              bodyKey: "repository",
              bodyModel: model.Repository,
              type: "model.Repository",
              responseHeaders: [
                {
                  value: response.headers.get("etag"),
                  key: "etag",
                  dataType: "string"
                },
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
      /**
       * List container image signatures in an image.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param ListContainerImageSignaturesRequest
       * @return ListContainerImageSignaturesResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/ListContainerImageSignatures.ts.html |here} to see how to use ListContainerImageSignatures API.
       */
      listContainerImageSignatures(listContainerImageSignaturesRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#listContainerImageSignatures.");
          const operationName = "listContainerImageSignatures";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/ContainerImageSignatureSummary/ListContainerImageSignatures";
          const pathParams = {};
          const queryParams = {
            "compartmentIdInSubtree": listContainerImageSignaturesRequest.compartmentIdInSubtree,
            "compartmentId": listContainerImageSignaturesRequest.compartmentId,
            "imageId": listContainerImageSignaturesRequest.imageId,
            "repositoryId": listContainerImageSignaturesRequest.repositoryId,
            "repositoryName": listContainerImageSignaturesRequest.repositoryName,
            "imageDigest": listContainerImageSignaturesRequest.imageDigest,
            "displayName": listContainerImageSignaturesRequest.displayName,
            "kmsKeyId": listContainerImageSignaturesRequest.kmsKeyId,
            "kmsKeyVersionId": listContainerImageSignaturesRequest.kmsKeyVersionId,
            "signingAlgorithm": listContainerImageSignaturesRequest.signingAlgorithm,
            "limit": listContainerImageSignaturesRequest.limit,
            "page": listContainerImageSignaturesRequest.page,
            "sortBy": listContainerImageSignaturesRequest.sortBy,
            "sortOrder": listContainerImageSignaturesRequest.sortOrder
          };
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": listContainerImageSignaturesRequest.opcRequestId
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listContainerImageSignaturesRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/container/imageSignatures",
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
              bodyKey: "containerImageSignatureCollection",
              bodyModel: model.ContainerImageSignatureCollection,
              type: "model.ContainerImageSignatureCollection",
              responseHeaders: [
                {
                  value: response.headers.get("opc-next-page"),
                  key: "opcNextPage",
                  dataType: "string"
                },
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
      /**
       * List container images in a compartment.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param ListContainerImagesRequest
       * @return ListContainerImagesResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/ListContainerImages.ts.html |here} to see how to use ListContainerImages API.
       */
      listContainerImages(listContainerImagesRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#listContainerImages.");
          const operationName = "listContainerImages";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/ContainerImageSummary/ListContainerImages";
          const pathParams = {};
          const queryParams = {
            "compartmentIdInSubtree": listContainerImagesRequest.compartmentIdInSubtree,
            "compartmentId": listContainerImagesRequest.compartmentId,
            "displayName": listContainerImagesRequest.displayName,
            "imageId": listContainerImagesRequest.imageId,
            "isVersioned": listContainerImagesRequest.isVersioned,
            "repositoryId": listContainerImagesRequest.repositoryId,
            "repositoryName": listContainerImagesRequest.repositoryName,
            "version": listContainerImagesRequest.version,
            "lifecycleState": listContainerImagesRequest.lifecycleState,
            "imageDigest": listContainerImagesRequest.imageDigest,
            "limit": listContainerImagesRequest.limit,
            "page": listContainerImagesRequest.page,
            "sortBy": listContainerImagesRequest.sortBy,
            "sortOrder": listContainerImagesRequest.sortOrder
          };
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": listContainerImagesRequest.opcRequestId
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listContainerImagesRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/container/images",
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
              bodyKey: "containerImageCollection",
              bodyModel: model.ContainerImageCollection,
              type: "model.ContainerImageCollection",
              responseHeaders: [
                {
                  value: response.headers.get("opc-next-page"),
                  key: "opcNextPage",
                  dataType: "string"
                },
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
      /**
       * List container repositories in a compartment.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param ListContainerRepositoriesRequest
       * @return ListContainerRepositoriesResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/ListContainerRepositories.ts.html |here} to see how to use ListContainerRepositories API.
       */
      listContainerRepositories(listContainerRepositoriesRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#listContainerRepositories.");
          const operationName = "listContainerRepositories";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/ContainerRepository/ListContainerRepositories";
          const pathParams = {};
          const queryParams = {
            "compartmentIdInSubtree": listContainerRepositoriesRequest.compartmentIdInSubtree,
            "compartmentId": listContainerRepositoriesRequest.compartmentId,
            "repositoryId": listContainerRepositoriesRequest.repositoryId,
            "displayName": listContainerRepositoriesRequest.displayName,
            "isPublic": listContainerRepositoriesRequest.isPublic,
            "lifecycleState": listContainerRepositoriesRequest.lifecycleState,
            "limit": listContainerRepositoriesRequest.limit,
            "page": listContainerRepositoriesRequest.page,
            "sortBy": listContainerRepositoriesRequest.sortBy,
            "sortOrder": listContainerRepositoriesRequest.sortOrder
          };
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": listContainerRepositoriesRequest.opcRequestId
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listContainerRepositoriesRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/container/repositories",
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
              bodyKey: "containerRepositoryCollection",
              bodyModel: model.ContainerRepositoryCollection,
              type: "model.ContainerRepositoryCollection",
              responseHeaders: [
                {
                  value: response.headers.get("opc-next-page"),
                  key: "opcNextPage",
                  dataType: "string"
                },
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
      /**
       * Lists artifacts in the specified repository.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param ListGenericArtifactsRequest
       * @return ListGenericArtifactsResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/ListGenericArtifacts.ts.html |here} to see how to use ListGenericArtifacts API.
       */
      listGenericArtifacts(listGenericArtifactsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#listGenericArtifacts.");
          const operationName = "listGenericArtifacts";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/GenericArtifact/ListGenericArtifacts";
          const pathParams = {};
          const queryParams = {
            "compartmentId": listGenericArtifactsRequest.compartmentId,
            "repositoryId": listGenericArtifactsRequest.repositoryId,
            "id": listGenericArtifactsRequest.id,
            "displayName": listGenericArtifactsRequest.displayName,
            "artifactPath": listGenericArtifactsRequest.artifactPath,
            "version": listGenericArtifactsRequest.version,
            "sha256": listGenericArtifactsRequest.sha256,
            "lifecycleState": listGenericArtifactsRequest.lifecycleState,
            "limit": listGenericArtifactsRequest.limit,
            "page": listGenericArtifactsRequest.page,
            "sortBy": listGenericArtifactsRequest.sortBy,
            "sortOrder": listGenericArtifactsRequest.sortOrder
          };
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": listGenericArtifactsRequest.opcRequestId
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listGenericArtifactsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/generic/artifacts",
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
              bodyKey: "genericArtifactCollection",
              bodyModel: model.GenericArtifactCollection,
              type: "model.GenericArtifactCollection",
              responseHeaders: [
                {
                  value: response.headers.get("opc-next-page"),
                  key: "opcNextPage",
                  dataType: "string"
                },
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
      /**
       * Lists repositories in the specified compartment.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param ListRepositoriesRequest
       * @return ListRepositoriesResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/ListRepositories.ts.html |here} to see how to use ListRepositories API.
       */
      listRepositories(listRepositoriesRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#listRepositories.");
          const operationName = "listRepositories";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/Repository/ListRepositories";
          const pathParams = {};
          const queryParams = {
            "compartmentId": listRepositoriesRequest.compartmentId,
            "id": listRepositoriesRequest.id,
            "displayName": listRepositoriesRequest.displayName,
            "isImmutable": listRepositoriesRequest.isImmutable,
            "lifecycleState": listRepositoriesRequest.lifecycleState,
            "limit": listRepositoriesRequest.limit,
            "page": listRepositoriesRequest.page,
            "sortBy": listRepositoriesRequest.sortBy,
            "sortOrder": listRepositoriesRequest.sortOrder
          };
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": listRepositoriesRequest.opcRequestId
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listRepositoriesRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/repositories",
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
              bodyKey: "repositoryCollection",
              bodyModel: model.RepositoryCollection,
              type: "model.RepositoryCollection",
              responseHeaders: [
                {
                  value: response.headers.get("opc-next-page"),
                  key: "opcNextPage",
                  dataType: "string"
                },
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
      /**
       * Get container image metadata by URI.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param LookupContainerImageByUriRequest
       * @return LookupContainerImageByUriResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/LookupContainerImageByUri.ts.html |here} to see how to use LookupContainerImageByUri API.
       */
      lookupContainerImageByUri(lookupContainerImageByUriRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#lookupContainerImageByUri.");
          const operationName = "lookupContainerImageByUri";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/ContainerImage/LookupContainerImageByUri";
          const pathParams = {};
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": lookupContainerImageByUriRequest.opcRequestId
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, lookupContainerImageByUriRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/container/images/actions/lookupImageByUri",
            method: "POST",
            bodyContent: common.ObjectSerializer.serialize(lookupContainerImageByUriRequest.lookupContainerImageByUriDetails, "LookupContainerImageByUriDetails", model.LookupContainerImageByUriDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "containerImage",
              bodyModel: model.ContainerImage,
              type: "model.ContainerImage",
              responseHeaders: [
                {
                  value: response.headers.get("etag"),
                  key: "etag",
                  dataType: "string"
                },
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
      /**
       * Remove version from container image.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param RemoveContainerVersionRequest
       * @return RemoveContainerVersionResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/RemoveContainerVersion.ts.html |here} to see how to use RemoveContainerVersion API.
       */
      removeContainerVersion(removeContainerVersionRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#removeContainerVersion.");
          const operationName = "removeContainerVersion";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/ContainerImage/RemoveContainerVersion";
          const pathParams = {
            "{imageId}": removeContainerVersionRequest.imageId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": removeContainerVersionRequest.ifMatch,
            "opc-request-id": removeContainerVersionRequest.opcRequestId,
            "opc-retry-token": removeContainerVersionRequest.opcRetryToken
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, removeContainerVersionRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/container/images/{imageId}/actions/removeVersion",
            method: "POST",
            bodyContent: common.ObjectSerializer.serialize(removeContainerVersionRequest.removeContainerVersionDetails, "RemoveContainerVersionDetails", model.RemoveContainerVersionDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "containerImage",
              bodyModel: model.ContainerImage,
              type: "model.ContainerImage",
              responseHeaders: [
                {
                  value: response.headers.get("etag"),
                  key: "etag",
                  dataType: "string"
                },
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
      /**
       * Restore a container image.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param RestoreContainerImageRequest
       * @return RestoreContainerImageResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/RestoreContainerImage.ts.html |here} to see how to use RestoreContainerImage API.
       */
      restoreContainerImage(restoreContainerImageRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#restoreContainerImage.");
          const operationName = "restoreContainerImage";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/ContainerImage/RestoreContainerImage";
          const pathParams = {
            "{imageId}": restoreContainerImageRequest.imageId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": restoreContainerImageRequest.ifMatch,
            "opc-request-id": restoreContainerImageRequest.opcRequestId,
            "opc-retry-token": restoreContainerImageRequest.opcRetryToken
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, restoreContainerImageRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/container/images/{imageId}/actions/restore",
            method: "POST",
            bodyContent: common.ObjectSerializer.serialize(restoreContainerImageRequest.restoreContainerImageDetails, "RestoreContainerImageDetails", model.RestoreContainerImageDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "containerImage",
              bodyModel: model.ContainerImage,
              type: "model.ContainerImage",
              responseHeaders: [
                {
                  value: response.headers.get("etag"),
                  key: "etag",
                  dataType: "string"
                },
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
      /**
       * Update container configuration.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param UpdateContainerConfigurationRequest
       * @return UpdateContainerConfigurationResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/UpdateContainerConfiguration.ts.html |here} to see how to use UpdateContainerConfiguration API.
       */
      updateContainerConfiguration(updateContainerConfigurationRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#updateContainerConfiguration.");
          const operationName = "updateContainerConfiguration";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/ContainerConfiguration/UpdateContainerConfiguration";
          const pathParams = {};
          const queryParams = {
            "compartmentId": updateContainerConfigurationRequest.compartmentId
          };
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": updateContainerConfigurationRequest.ifMatch,
            "opc-request-id": updateContainerConfigurationRequest.opcRequestId
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, updateContainerConfigurationRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/container/configuration",
            method: "PUT",
            bodyContent: common.ObjectSerializer.serialize(updateContainerConfigurationRequest.updateContainerConfigurationDetails, "UpdateContainerConfigurationDetails", model.UpdateContainerConfigurationDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "containerConfiguration",
              bodyModel: model.ContainerConfiguration,
              type: "model.ContainerConfiguration",
              responseHeaders: [
                {
                  value: response.headers.get("etag"),
                  key: "etag",
                  dataType: "string"
                },
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
      /**
       * Modify the properties of a container image. Avoid entering confidential information.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param UpdateContainerImageRequest
       * @return UpdateContainerImageResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/UpdateContainerImage.ts.html |here} to see how to use UpdateContainerImage API.
       */
      updateContainerImage(updateContainerImageRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#updateContainerImage.");
          const operationName = "updateContainerImage";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/ContainerImage/UpdateContainerImage";
          const pathParams = {
            "{imageId}": updateContainerImageRequest.imageId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": updateContainerImageRequest.ifMatch,
            "opc-request-id": updateContainerImageRequest.opcRequestId
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, updateContainerImageRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/container/images/{imageId}",
            method: "PUT",
            bodyContent: common.ObjectSerializer.serialize(updateContainerImageRequest.updateContainerImageDetails, "UpdateContainerImageDetails", model.UpdateContainerImageDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "containerImage",
              bodyModel: model.ContainerImage,
              type: "model.ContainerImage",
              responseHeaders: [
                {
                  value: response.headers.get("etag"),
                  key: "etag",
                  dataType: "string"
                },
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
      /**
       * Modify the properties of a container image signature. Avoid entering confidential information.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param UpdateContainerImageSignatureRequest
       * @return UpdateContainerImageSignatureResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/UpdateContainerImageSignature.ts.html |here} to see how to use UpdateContainerImageSignature API.
       */
      updateContainerImageSignature(updateContainerImageSignatureRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#updateContainerImageSignature.");
          const operationName = "updateContainerImageSignature";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/ContainerImageSignature/UpdateContainerImageSignature";
          const pathParams = {
            "{imageSignatureId}": updateContainerImageSignatureRequest.imageSignatureId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": updateContainerImageSignatureRequest.opcRequestId,
            "if-match": updateContainerImageSignatureRequest.ifMatch
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, updateContainerImageSignatureRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/container/imageSignatures/{imageSignatureId}",
            method: "PUT",
            bodyContent: common.ObjectSerializer.serialize(updateContainerImageSignatureRequest.updateContainerImageSignatureDetails, "UpdateContainerImageSignatureDetails", model.UpdateContainerImageSignatureDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "containerImageSignature",
              bodyModel: model.ContainerImageSignature,
              type: "model.ContainerImageSignature",
              responseHeaders: [
                {
                  value: response.headers.get("etag"),
                  key: "etag",
                  dataType: "string"
                },
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
      /**
       * Modify the properties of a container repository. Avoid entering confidential information.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param UpdateContainerRepositoryRequest
       * @return UpdateContainerRepositoryResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/UpdateContainerRepository.ts.html |here} to see how to use UpdateContainerRepository API.
       */
      updateContainerRepository(updateContainerRepositoryRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#updateContainerRepository.");
          const operationName = "updateContainerRepository";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/ContainerRepository/UpdateContainerRepository";
          const pathParams = {
            "{repositoryId}": updateContainerRepositoryRequest.repositoryId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": updateContainerRepositoryRequest.ifMatch,
            "opc-request-id": updateContainerRepositoryRequest.opcRequestId
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, updateContainerRepositoryRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/container/repositories/{repositoryId}",
            method: "PUT",
            bodyContent: common.ObjectSerializer.serialize(updateContainerRepositoryRequest.updateContainerRepositoryDetails, "UpdateContainerRepositoryDetails", model.UpdateContainerRepositoryDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "containerRepository",
              bodyModel: model.ContainerRepository,
              type: "model.ContainerRepository",
              responseHeaders: [
                {
                  value: response.headers.get("etag"),
                  key: "etag",
                  dataType: "string"
                },
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
      /**
       * Updates the artifact with the specified [OCID](https://docs.oracle.com/iaas/Content/General/Concepts/identifiers.htm). You can only update the tags of an artifact.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param UpdateGenericArtifactRequest
       * @return UpdateGenericArtifactResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/UpdateGenericArtifact.ts.html |here} to see how to use UpdateGenericArtifact API.
       */
      updateGenericArtifact(updateGenericArtifactRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#updateGenericArtifact.");
          const operationName = "updateGenericArtifact";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/GenericArtifact/UpdateGenericArtifact";
          const pathParams = {
            "{artifactId}": updateGenericArtifactRequest.artifactId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": updateGenericArtifactRequest.ifMatch,
            "opc-request-id": updateGenericArtifactRequest.opcRequestId
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, updateGenericArtifactRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/generic/artifacts/{artifactId}",
            method: "PUT",
            bodyContent: common.ObjectSerializer.serialize(updateGenericArtifactRequest.updateGenericArtifactDetails, "UpdateGenericArtifactDetails", model.UpdateGenericArtifactDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "genericArtifact",
              bodyModel: model.GenericArtifact,
              type: "model.GenericArtifact",
              responseHeaders: [
                {
                  value: response.headers.get("etag"),
                  key: "etag",
                  dataType: "string"
                },
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
      /**
       * Updates an artifact with a specified `artifactPath` and `version`. You can only update the tags of an artifact.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param UpdateGenericArtifactByPathRequest
       * @return UpdateGenericArtifactByPathResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/UpdateGenericArtifactByPath.ts.html |here} to see how to use UpdateGenericArtifactByPath API.
       */
      updateGenericArtifactByPath(updateGenericArtifactByPathRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#updateGenericArtifactByPath.");
          const operationName = "updateGenericArtifactByPath";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/GenericArtifact/UpdateGenericArtifactByPath";
          const pathParams = {
            "{repositoryId}": updateGenericArtifactByPathRequest.repositoryId,
            "{artifactPath}": updateGenericArtifactByPathRequest.artifactPath,
            "{version}": updateGenericArtifactByPathRequest.version
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": updateGenericArtifactByPathRequest.ifMatch,
            "opc-request-id": updateGenericArtifactByPathRequest.opcRequestId
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, updateGenericArtifactByPathRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/generic/repositories/{repositoryId}/artifactPaths/{artifactPath}/versions/{version}",
            method: "PUT",
            bodyContent: common.ObjectSerializer.serialize(updateGenericArtifactByPathRequest.updateGenericArtifactByPathDetails, "UpdateGenericArtifactByPathDetails", model.UpdateGenericArtifactByPathDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "genericArtifact",
              bodyModel: model.GenericArtifact,
              type: "model.GenericArtifact",
              responseHeaders: [
                {
                  value: response.headers.get("etag"),
                  key: "etag",
                  dataType: "string"
                },
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
      /**
       * Updates the properties of a repository. You can update the `displayName` and  `description` properties.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param UpdateRepositoryRequest
       * @return UpdateRepositoryResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/artifacts/UpdateRepository.ts.html |here} to see how to use UpdateRepository API.
       */
      updateRepository(updateRepositoryRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ArtifactsClient#updateRepository.");
          const operationName = "updateRepository";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/registry/20160918/Repository/UpdateRepository";
          const pathParams = {
            "{repositoryId}": updateRepositoryRequest.repositoryId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": updateRepositoryRequest.ifMatch,
            "opc-request-id": updateRepositoryRequest.opcRequestId
          };
          const specRetryConfiguration = common.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, updateRepositoryRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/repositories/{repositoryId}",
            method: "PUT",
            bodyContent: common.ObjectSerializer.serialize(updateRepositoryRequest.updateRepositoryDetails, "UpdateRepositoryDetails", model.UpdateRepositoryDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "repository",
              bodyModel: model.Repository,
              type: "model.Repository",
              responseHeaders: [
                {
                  value: response.headers.get("etag"),
                  key: "etag",
                  dataType: "string"
                },
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
    exports.ArtifactsClient = ArtifactsClient;
    ArtifactsClient.serviceEndpointTemplate = "https://artifacts.{region}.oci.{secondLevelDomain}";
    ArtifactsClient.endpointServiceName = "";
  }
});

// node_modules/oci-artifacts/index.js
var require_oci_artifacts = __commonJS({
  "node_modules/oci-artifacts/index.js"(exports) {
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
    exports.ArtifactsWaiter = exports.ArtifactsClient = exports.responses = exports.requests = exports.models = void 0;
    var requests = __importStar(require_request());
    exports.requests = requests;
    var models = __importStar(require_model());
    exports.models = models;
    var responses = __importStar(require_response());
    exports.responses = responses;
    var client = __importStar(require_client());
    var artifacts_waiter = __importStar(require_artifacts_waiter());
    exports.ArtifactsClient = client.ArtifactsClient;
    exports.ArtifactsWaiter = artifacts_waiter.ArtifactsWaiter;
  }
});

export {
  require_oci_artifacts
};
