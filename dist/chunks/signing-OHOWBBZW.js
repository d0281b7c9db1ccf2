import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  require_oci_artifacts
} from "./chunk-TA26EA5O.js";
import {
  PAGE_LIMIT,
  findInPages,
  isGone
} from "./chunk-R4NKTY3J.js";
import {
  require_oci_common,
  require_opossum
} from "./chunk-HQHPRU6P.js";
import {
  DEFAULT_SIGNING_ALGORITHM,
  KMS_RAW_MESSAGE_LIMIT,
  cryptoEndpointFromKeyId,
  signatureMessage,
  signatureMessageBytes
} from "./chunk-KJA4MPKO.js";
import {
  causeOf
} from "./chunk-ONPEG37N.js";
import {
  statusOf
} from "./chunk-2GS5O6KY.js";
import "./chunk-ZRR2EDCD.js";
import {
  ActionError
} from "./chunk-6YBALY5C.js";
import {
  __commonJS,
  __toESM
} from "./chunk-OQV333LO.js";

// node_modules/oci-keymanagement/lib/request/list-ekms-private-endpoints-request.js
var require_list_ekms_private_endpoints_request = __commonJS({
  "node_modules/oci-keymanagement/lib/request/list-ekms-private-endpoints-request.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ListEkmsPrivateEndpointsRequest = void 0;
    var ListEkmsPrivateEndpointsRequest;
    (function(ListEkmsPrivateEndpointsRequest2) {
      let SortOrder;
      (function(SortOrder2) {
        SortOrder2["Asc"] = "ASC";
        SortOrder2["Desc"] = "DESC";
      })(SortOrder = ListEkmsPrivateEndpointsRequest2.SortOrder || (ListEkmsPrivateEndpointsRequest2.SortOrder = {}));
      let SortBy;
      (function(SortBy2) {
        SortBy2["Timecreated"] = "TIMECREATED";
        SortBy2["Displayname"] = "DISPLAYNAME";
      })(SortBy = ListEkmsPrivateEndpointsRequest2.SortBy || (ListEkmsPrivateEndpointsRequest2.SortBy = {}));
    })(ListEkmsPrivateEndpointsRequest = exports.ListEkmsPrivateEndpointsRequest || (exports.ListEkmsPrivateEndpointsRequest = {}));
  }
});

// node_modules/oci-keymanagement/lib/request/list-hsm-clusters-request.js
var require_list_hsm_clusters_request = __commonJS({
  "node_modules/oci-keymanagement/lib/request/list-hsm-clusters-request.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ListHsmClustersRequest = void 0;
    var ListHsmClustersRequest;
    (function(ListHsmClustersRequest2) {
      let SortBy;
      (function(SortBy2) {
        SortBy2["Timecreated"] = "TIMECREATED";
        SortBy2["Displayname"] = "DISPLAYNAME";
      })(SortBy = ListHsmClustersRequest2.SortBy || (ListHsmClustersRequest2.SortBy = {}));
      let SortOrder;
      (function(SortOrder2) {
        SortOrder2["Asc"] = "ASC";
        SortOrder2["Desc"] = "DESC";
      })(SortOrder = ListHsmClustersRequest2.SortOrder || (ListHsmClustersRequest2.SortOrder = {}));
    })(ListHsmClustersRequest = exports.ListHsmClustersRequest || (exports.ListHsmClustersRequest = {}));
  }
});

// node_modules/oci-keymanagement/lib/request/list-hsm-partitions-request.js
var require_list_hsm_partitions_request = __commonJS({
  "node_modules/oci-keymanagement/lib/request/list-hsm-partitions-request.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ListHsmPartitionsRequest = void 0;
    var ListHsmPartitionsRequest;
    (function(ListHsmPartitionsRequest2) {
      let SortBy;
      (function(SortBy2) {
        SortBy2["Timecreated"] = "TIMECREATED";
        SortBy2["Displayname"] = "DISPLAYNAME";
      })(SortBy = ListHsmPartitionsRequest2.SortBy || (ListHsmPartitionsRequest2.SortBy = {}));
      let SortOrder;
      (function(SortOrder2) {
        SortOrder2["Asc"] = "ASC";
        SortOrder2["Desc"] = "DESC";
      })(SortOrder = ListHsmPartitionsRequest2.SortOrder || (ListHsmPartitionsRequest2.SortOrder = {}));
    })(ListHsmPartitionsRequest = exports.ListHsmPartitionsRequest || (exports.ListHsmPartitionsRequest = {}));
  }
});

// node_modules/oci-keymanagement/lib/request/list-key-versions-request.js
var require_list_key_versions_request = __commonJS({
  "node_modules/oci-keymanagement/lib/request/list-key-versions-request.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ListKeyVersionsRequest = void 0;
    var ListKeyVersionsRequest;
    (function(ListKeyVersionsRequest2) {
      let SortBy;
      (function(SortBy2) {
        SortBy2["Timecreated"] = "TIMECREATED";
        SortBy2["Displayname"] = "DISPLAYNAME";
      })(SortBy = ListKeyVersionsRequest2.SortBy || (ListKeyVersionsRequest2.SortBy = {}));
      let SortOrder;
      (function(SortOrder2) {
        SortOrder2["Asc"] = "ASC";
        SortOrder2["Desc"] = "DESC";
      })(SortOrder = ListKeyVersionsRequest2.SortOrder || (ListKeyVersionsRequest2.SortOrder = {}));
    })(ListKeyVersionsRequest = exports.ListKeyVersionsRequest || (exports.ListKeyVersionsRequest = {}));
  }
});

// node_modules/oci-keymanagement/lib/request/list-keys-request.js
var require_list_keys_request = __commonJS({
  "node_modules/oci-keymanagement/lib/request/list-keys-request.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ListKeysRequest = void 0;
    var ListKeysRequest;
    (function(ListKeysRequest2) {
      let SortBy;
      (function(SortBy2) {
        SortBy2["Timecreated"] = "TIMECREATED";
        SortBy2["Displayname"] = "DISPLAYNAME";
      })(SortBy = ListKeysRequest2.SortBy || (ListKeysRequest2.SortBy = {}));
      let SortOrder;
      (function(SortOrder2) {
        SortOrder2["Asc"] = "ASC";
        SortOrder2["Desc"] = "DESC";
      })(SortOrder = ListKeysRequest2.SortOrder || (ListKeysRequest2.SortOrder = {}));
      let ProtectionMode;
      (function(ProtectionMode2) {
        ProtectionMode2["Hsm"] = "HSM";
        ProtectionMode2["Software"] = "SOFTWARE";
        ProtectionMode2["External"] = "EXTERNAL";
      })(ProtectionMode = ListKeysRequest2.ProtectionMode || (ListKeysRequest2.ProtectionMode = {}));
      let Algorithm;
      (function(Algorithm2) {
        Algorithm2["Aes"] = "AES";
        Algorithm2["Rsa"] = "RSA";
        Algorithm2["Ecdsa"] = "ECDSA";
      })(Algorithm = ListKeysRequest2.Algorithm || (ListKeysRequest2.Algorithm = {}));
      let CurveId;
      (function(CurveId2) {
        CurveId2["NistP256"] = "NIST_P256";
        CurveId2["NistP384"] = "NIST_P384";
        CurveId2["NistP521"] = "NIST_P521";
      })(CurveId = ListKeysRequest2.CurveId || (ListKeysRequest2.CurveId = {}));
    })(ListKeysRequest = exports.ListKeysRequest || (exports.ListKeysRequest = {}));
  }
});

// node_modules/oci-keymanagement/lib/request/list-vault-replicas-request.js
var require_list_vault_replicas_request = __commonJS({
  "node_modules/oci-keymanagement/lib/request/list-vault-replicas-request.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ListVaultReplicasRequest = void 0;
    var ListVaultReplicasRequest;
    (function(ListVaultReplicasRequest2) {
      let SortBy;
      (function(SortBy2) {
        SortBy2["Timecreated"] = "TIMECREATED";
        SortBy2["Displayname"] = "DISPLAYNAME";
      })(SortBy = ListVaultReplicasRequest2.SortBy || (ListVaultReplicasRequest2.SortBy = {}));
      let SortOrder;
      (function(SortOrder2) {
        SortOrder2["Asc"] = "ASC";
        SortOrder2["Desc"] = "DESC";
      })(SortOrder = ListVaultReplicasRequest2.SortOrder || (ListVaultReplicasRequest2.SortOrder = {}));
    })(ListVaultReplicasRequest = exports.ListVaultReplicasRequest || (exports.ListVaultReplicasRequest = {}));
  }
});

// node_modules/oci-keymanagement/lib/request/list-vaults-request.js
var require_list_vaults_request = __commonJS({
  "node_modules/oci-keymanagement/lib/request/list-vaults-request.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ListVaultsRequest = void 0;
    var ListVaultsRequest;
    (function(ListVaultsRequest2) {
      let SortBy;
      (function(SortBy2) {
        SortBy2["Timecreated"] = "TIMECREATED";
        SortBy2["Displayname"] = "DISPLAYNAME";
      })(SortBy = ListVaultsRequest2.SortBy || (ListVaultsRequest2.SortBy = {}));
      let SortOrder;
      (function(SortOrder2) {
        SortOrder2["Asc"] = "ASC";
        SortOrder2["Desc"] = "DESC";
      })(SortOrder = ListVaultsRequest2.SortOrder || (ListVaultsRequest2.SortOrder = {}));
    })(ListVaultsRequest = exports.ListVaultsRequest || (exports.ListVaultsRequest = {}));
  }
});

// node_modules/oci-keymanagement/lib/request/index.js
var require_request = __commonJS({
  "node_modules/oci-keymanagement/lib/request/index.js"(exports) {
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
    exports.ListVaultsRequest = exports.ListVaultReplicasRequest = exports.ListKeysRequest = exports.ListKeyVersionsRequest = exports.ListHsmPartitionsRequest = exports.ListHsmClustersRequest = exports.ListEkmsPrivateEndpointsRequest = void 0;
    var ListEkmsPrivateEndpointsRequest = __importStar(require_list_ekms_private_endpoints_request());
    exports.ListEkmsPrivateEndpointsRequest = ListEkmsPrivateEndpointsRequest.ListEkmsPrivateEndpointsRequest;
    var ListHsmClustersRequest = __importStar(require_list_hsm_clusters_request());
    exports.ListHsmClustersRequest = ListHsmClustersRequest.ListHsmClustersRequest;
    var ListHsmPartitionsRequest = __importStar(require_list_hsm_partitions_request());
    exports.ListHsmPartitionsRequest = ListHsmPartitionsRequest.ListHsmPartitionsRequest;
    var ListKeyVersionsRequest = __importStar(require_list_key_versions_request());
    exports.ListKeyVersionsRequest = ListKeyVersionsRequest.ListKeyVersionsRequest;
    var ListKeysRequest = __importStar(require_list_keys_request());
    exports.ListKeysRequest = ListKeysRequest.ListKeysRequest;
    var ListVaultReplicasRequest = __importStar(require_list_vault_replicas_request());
    exports.ListVaultReplicasRequest = ListVaultReplicasRequest.ListVaultReplicasRequest;
    var ListVaultsRequest = __importStar(require_list_vaults_request());
    exports.ListVaultsRequest = ListVaultsRequest.ListVaultsRequest;
  }
});

// node_modules/oci-keymanagement/lib/model/audit-logging.js
var require_audit_logging = __commonJS({
  "node_modules/oci-keymanagement/lib/model/audit-logging.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AuditLogging = void 0;
    var AuditLogging;
    (function(AuditLogging2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      AuditLogging2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      AuditLogging2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(AuditLogging = exports.AuditLogging || (exports.AuditLogging = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/audit-logging-config.js
var require_audit_logging_config = __commonJS({
  "node_modules/oci-keymanagement/lib/model/audit-logging-config.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AuditLoggingConfig = void 0;
    var AuditLoggingConfig;
    (function(AuditLoggingConfig2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      AuditLoggingConfig2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      AuditLoggingConfig2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(AuditLoggingConfig = exports.AuditLoggingConfig || (exports.AuditLoggingConfig = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/auto-key-rotation-details.js
var require_auto_key_rotation_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/auto-key-rotation-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AutoKeyRotationDetails = void 0;
    var AutoKeyRotationDetails;
    (function(AutoKeyRotationDetails2) {
      let LastRotationStatus;
      (function(LastRotationStatus2) {
        LastRotationStatus2["Success"] = "SUCCESS";
        LastRotationStatus2["Failed"] = "FAILED";
        LastRotationStatus2["InProgress"] = "IN_PROGRESS";
        LastRotationStatus2["UnknownValue"] = "UNKNOWN_VALUE";
      })(LastRotationStatus = AutoKeyRotationDetails2.LastRotationStatus || (AutoKeyRotationDetails2.LastRotationStatus = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      AutoKeyRotationDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      AutoKeyRotationDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(AutoKeyRotationDetails = exports.AutoKeyRotationDetails || (exports.AutoKeyRotationDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/backup-key-details.js
var require_backup_key_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/backup-key-details.js"(exports) {
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
    exports.BackupKeyDetails = void 0;
    var model = __importStar(require_model());
    var BackupKeyDetails;
    (function(BackupKeyDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "backupLocation": obj.backupLocation ? model.BackupLocation.getJsonObj(obj.backupLocation) : void 0
        });
        return jsonObj;
      }
      BackupKeyDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "backupLocation": obj.backupLocation ? model.BackupLocation.getDeserializedJsonObj(obj.backupLocation) : void 0
        });
        return jsonObj;
      }
      BackupKeyDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(BackupKeyDetails = exports.BackupKeyDetails || (exports.BackupKeyDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/backup-location.js
var require_backup_location = __commonJS({
  "node_modules/oci-keymanagement/lib/model/backup-location.js"(exports) {
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
    exports.BackupLocation = void 0;
    var model = __importStar(require_model());
    var common2 = require_oci_common();
    var BackupLocation;
    (function(BackupLocation2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        if (obj && "destination" in obj && obj.destination) {
          switch (obj.destination) {
            case "BUCKET":
              return model.BackupLocationBucket.getJsonObj(jsonObj, true);
            case "PRE_AUTHENTICATED_REQUEST_URI":
              return model.BackupLocationURI.getJsonObj(jsonObj, true);
            default:
              if (common2.LOG.logger)
                common2.LOG.logger.info(`Unknown value for: ${obj.destination}`);
          }
        }
        return jsonObj;
      }
      BackupLocation2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        if (obj && "destination" in obj && obj.destination) {
          switch (obj.destination) {
            case "BUCKET":
              return model.BackupLocationBucket.getDeserializedJsonObj(jsonObj, true);
            case "PRE_AUTHENTICATED_REQUEST_URI":
              return model.BackupLocationURI.getDeserializedJsonObj(jsonObj, true);
            default:
              if (common2.LOG.logger)
                common2.LOG.logger.info(`Unknown value for: ${obj.destination}`);
          }
        }
        return jsonObj;
      }
      BackupLocation2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(BackupLocation = exports.BackupLocation || (exports.BackupLocation = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/backup-vault-details.js
var require_backup_vault_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/backup-vault-details.js"(exports) {
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
    exports.BackupVaultDetails = void 0;
    var model = __importStar(require_model());
    var BackupVaultDetails;
    (function(BackupVaultDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "backupLocation": obj.backupLocation ? model.BackupLocation.getJsonObj(obj.backupLocation) : void 0
        });
        return jsonObj;
      }
      BackupVaultDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "backupLocation": obj.backupLocation ? model.BackupLocation.getDeserializedJsonObj(obj.backupLocation) : void 0
        });
        return jsonObj;
      }
      BackupVaultDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(BackupVaultDetails = exports.BackupVaultDetails || (exports.BackupVaultDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/change-hsm-cluster-compartment-details.js
var require_change_hsm_cluster_compartment_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/change-hsm-cluster-compartment-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ChangeHsmClusterCompartmentDetails = void 0;
    var ChangeHsmClusterCompartmentDetails;
    (function(ChangeHsmClusterCompartmentDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeHsmClusterCompartmentDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeHsmClusterCompartmentDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ChangeHsmClusterCompartmentDetails = exports.ChangeHsmClusterCompartmentDetails || (exports.ChangeHsmClusterCompartmentDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/change-key-compartment-details.js
var require_change_key_compartment_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/change-key-compartment-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ChangeKeyCompartmentDetails = void 0;
    var ChangeKeyCompartmentDetails;
    (function(ChangeKeyCompartmentDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeKeyCompartmentDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeKeyCompartmentDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ChangeKeyCompartmentDetails = exports.ChangeKeyCompartmentDetails || (exports.ChangeKeyCompartmentDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/change-vault-compartment-details.js
var require_change_vault_compartment_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/change-vault-compartment-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ChangeVaultCompartmentDetails = void 0;
    var ChangeVaultCompartmentDetails;
    (function(ChangeVaultCompartmentDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeVaultCompartmentDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeVaultCompartmentDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ChangeVaultCompartmentDetails = exports.ChangeVaultCompartmentDetails || (exports.ChangeVaultCompartmentDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/create-ekms-private-endpoint-details.js
var require_create_ekms_private_endpoint_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/create-ekms-private-endpoint-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CreateEkmsPrivateEndpointDetails = void 0;
    var CreateEkmsPrivateEndpointDetails;
    (function(CreateEkmsPrivateEndpointDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      CreateEkmsPrivateEndpointDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      CreateEkmsPrivateEndpointDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(CreateEkmsPrivateEndpointDetails = exports.CreateEkmsPrivateEndpointDetails || (exports.CreateEkmsPrivateEndpointDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/create-hsm-cluster-details.js
var require_create_hsm_cluster_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/create-hsm-cluster-details.js"(exports) {
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
    exports.CreateHsmClusterDetails = void 0;
    var model = __importStar(require_model());
    var CreateHsmClusterDetails;
    (function(CreateHsmClusterDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "auditLogConfig": obj.auditLogConfig ? model.AuditLoggingConfig.getJsonObj(obj.auditLogConfig) : void 0
        });
        return jsonObj;
      }
      CreateHsmClusterDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "auditLogConfig": obj.auditLogConfig ? model.AuditLoggingConfig.getDeserializedJsonObj(obj.auditLogConfig) : void 0
        });
        return jsonObj;
      }
      CreateHsmClusterDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(CreateHsmClusterDetails = exports.CreateHsmClusterDetails || (exports.CreateHsmClusterDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/create-key-details.js
var require_create_key_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/create-key-details.js"(exports) {
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
    exports.CreateKeyDetails = void 0;
    var model = __importStar(require_model());
    var CreateKeyDetails;
    (function(CreateKeyDetails2) {
      let ProtectionMode;
      (function(ProtectionMode2) {
        ProtectionMode2["Hsm"] = "HSM";
        ProtectionMode2["Software"] = "SOFTWARE";
        ProtectionMode2["External"] = "EXTERNAL";
      })(ProtectionMode = CreateKeyDetails2.ProtectionMode || (CreateKeyDetails2.ProtectionMode = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "keyShape": obj.keyShape ? model.KeyShape.getJsonObj(obj.keyShape) : void 0,
          "autoKeyRotationDetails": obj.autoKeyRotationDetails ? model.AutoKeyRotationDetails.getJsonObj(obj.autoKeyRotationDetails) : void 0,
          "externalKeyReference": obj.externalKeyReference ? model.ExternalKeyReference.getJsonObj(obj.externalKeyReference) : void 0
        });
        return jsonObj;
      }
      CreateKeyDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "keyShape": obj.keyShape ? model.KeyShape.getDeserializedJsonObj(obj.keyShape) : void 0,
          "autoKeyRotationDetails": obj.autoKeyRotationDetails ? model.AutoKeyRotationDetails.getDeserializedJsonObj(obj.autoKeyRotationDetails) : void 0,
          "externalKeyReference": obj.externalKeyReference ? model.ExternalKeyReference.getDeserializedJsonObj(obj.externalKeyReference) : void 0
        });
        return jsonObj;
      }
      CreateKeyDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(CreateKeyDetails = exports.CreateKeyDetails || (exports.CreateKeyDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/create-vault-details.js
var require_create_vault_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/create-vault-details.js"(exports) {
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
    exports.CreateVaultDetails = void 0;
    var model = __importStar(require_model());
    var CreateVaultDetails;
    (function(CreateVaultDetails2) {
      let VaultType;
      (function(VaultType2) {
        VaultType2["VirtualPrivate"] = "VIRTUAL_PRIVATE";
        VaultType2["Default"] = "DEFAULT";
        VaultType2["External"] = "EXTERNAL";
      })(VaultType = CreateVaultDetails2.VaultType || (CreateVaultDetails2.VaultType = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "externalKeyManagerMetadata": obj.externalKeyManagerMetadata ? model.ExternalKeyManagerMetadata.getJsonObj(obj.externalKeyManagerMetadata) : void 0
        });
        return jsonObj;
      }
      CreateVaultDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "externalKeyManagerMetadata": obj.externalKeyManagerMetadata ? model.ExternalKeyManagerMetadata.getDeserializedJsonObj(obj.externalKeyManagerMetadata) : void 0
        });
        return jsonObj;
      }
      CreateVaultDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(CreateVaultDetails = exports.CreateVaultDetails || (exports.CreateVaultDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/create-vault-replica-details.js
var require_create_vault_replica_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/create-vault-replica-details.js"(exports) {
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
    exports.CreateVaultReplicaDetails = void 0;
    var model = __importStar(require_model());
    var CreateVaultReplicaDetails;
    (function(CreateVaultReplicaDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "replicaVaultMetadata": obj.replicaVaultMetadata ? model.ReplicaVaultMetadata.getJsonObj(obj.replicaVaultMetadata) : void 0
        });
        return jsonObj;
      }
      CreateVaultReplicaDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "replicaVaultMetadata": obj.replicaVaultMetadata ? model.ReplicaVaultMetadata.getDeserializedJsonObj(obj.replicaVaultMetadata) : void 0
        });
        return jsonObj;
      }
      CreateVaultReplicaDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(CreateVaultReplicaDetails = exports.CreateVaultReplicaDetails || (exports.CreateVaultReplicaDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/decrypt-data-details.js
var require_decrypt_data_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/decrypt-data-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DecryptDataDetails = void 0;
    var DecryptDataDetails;
    (function(DecryptDataDetails2) {
      let EncryptionAlgorithm;
      (function(EncryptionAlgorithm2) {
        EncryptionAlgorithm2["Aes256Gcm"] = "AES_256_GCM";
        EncryptionAlgorithm2["RsaOaepSha1"] = "RSA_OAEP_SHA_1";
        EncryptionAlgorithm2["RsaOaepSha256"] = "RSA_OAEP_SHA_256";
      })(EncryptionAlgorithm = DecryptDataDetails2.EncryptionAlgorithm || (DecryptDataDetails2.EncryptionAlgorithm = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      DecryptDataDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      DecryptDataDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(DecryptDataDetails = exports.DecryptDataDetails || (exports.DecryptDataDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/decrypted-data.js
var require_decrypted_data = __commonJS({
  "node_modules/oci-keymanagement/lib/model/decrypted-data.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DecryptedData = void 0;
    var DecryptedData;
    (function(DecryptedData2) {
      let EncryptionAlgorithm;
      (function(EncryptionAlgorithm2) {
        EncryptionAlgorithm2["Aes256Gcm"] = "AES_256_GCM";
        EncryptionAlgorithm2["RsaOaepSha1"] = "RSA_OAEP_SHA_1";
        EncryptionAlgorithm2["RsaOaepSha256"] = "RSA_OAEP_SHA_256";
        EncryptionAlgorithm2["UnknownValue"] = "UNKNOWN_VALUE";
      })(EncryptionAlgorithm = DecryptedData2.EncryptionAlgorithm || (DecryptedData2.EncryptionAlgorithm = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      DecryptedData2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      DecryptedData2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(DecryptedData = exports.DecryptedData || (exports.DecryptedData = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/delete-vault-replica-details.js
var require_delete_vault_replica_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/delete-vault-replica-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DeleteVaultReplicaDetails = void 0;
    var DeleteVaultReplicaDetails;
    (function(DeleteVaultReplicaDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      DeleteVaultReplicaDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      DeleteVaultReplicaDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(DeleteVaultReplicaDetails = exports.DeleteVaultReplicaDetails || (exports.DeleteVaultReplicaDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/ekms-private-endpoint.js
var require_ekms_private_endpoint = __commonJS({
  "node_modules/oci-keymanagement/lib/model/ekms-private-endpoint.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.EkmsPrivateEndpoint = void 0;
    var EkmsPrivateEndpoint;
    (function(EkmsPrivateEndpoint2) {
      let LifecycleState;
      (function(LifecycleState2) {
        LifecycleState2["Creating"] = "CREATING";
        LifecycleState2["Active"] = "ACTIVE";
        LifecycleState2["Deleting"] = "DELETING";
        LifecycleState2["Deleted"] = "DELETED";
        LifecycleState2["Failed"] = "FAILED";
        LifecycleState2["UnknownValue"] = "UNKNOWN_VALUE";
      })(LifecycleState = EkmsPrivateEndpoint2.LifecycleState || (EkmsPrivateEndpoint2.LifecycleState = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      EkmsPrivateEndpoint2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      EkmsPrivateEndpoint2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(EkmsPrivateEndpoint = exports.EkmsPrivateEndpoint || (exports.EkmsPrivateEndpoint = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/ekms-private-endpoint-summary.js
var require_ekms_private_endpoint_summary = __commonJS({
  "node_modules/oci-keymanagement/lib/model/ekms-private-endpoint-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.EkmsPrivateEndpointSummary = void 0;
    var EkmsPrivateEndpointSummary;
    (function(EkmsPrivateEndpointSummary2) {
      let LifecycleState;
      (function(LifecycleState2) {
        LifecycleState2["Creating"] = "CREATING";
        LifecycleState2["Active"] = "ACTIVE";
        LifecycleState2["Deleting"] = "DELETING";
        LifecycleState2["Deleted"] = "DELETED";
        LifecycleState2["Failed"] = "FAILED";
        LifecycleState2["UnknownValue"] = "UNKNOWN_VALUE";
      })(LifecycleState = EkmsPrivateEndpointSummary2.LifecycleState || (EkmsPrivateEndpointSummary2.LifecycleState = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      EkmsPrivateEndpointSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      EkmsPrivateEndpointSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(EkmsPrivateEndpointSummary = exports.EkmsPrivateEndpointSummary || (exports.EkmsPrivateEndpointSummary = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/enable-audit-mgmt-logging.js
var require_enable_audit_mgmt_logging = __commonJS({
  "node_modules/oci-keymanagement/lib/model/enable-audit-mgmt-logging.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.EnableAuditMgmtLogging = void 0;
    var EnableAuditMgmtLogging;
    (function(EnableAuditMgmtLogging2) {
      let AuditLoggingStatus;
      (function(AuditLoggingStatus2) {
        AuditLoggingStatus2["Creating"] = "CREATING";
        AuditLoggingStatus2["WaitingForCustomer"] = "WAITING_FOR_CUSTOMER";
        AuditLoggingStatus2["Verifying"] = "VERIFYING";
        AuditLoggingStatus2["DisablingInProgress"] = "DISABLING_IN_PROGRESS";
        AuditLoggingStatus2["DisabledValidated"] = "DISABLED_VALIDATED";
        AuditLoggingStatus2["Enabled"] = "ENABLED";
        AuditLoggingStatus2["Disabled"] = "DISABLED";
        AuditLoggingStatus2["UnknownValue"] = "UNKNOWN_VALUE";
      })(AuditLoggingStatus = EnableAuditMgmtLogging2.AuditLoggingStatus || (EnableAuditMgmtLogging2.AuditLoggingStatus = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      EnableAuditMgmtLogging2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      EnableAuditMgmtLogging2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(EnableAuditMgmtLogging = exports.EnableAuditMgmtLogging || (exports.EnableAuditMgmtLogging = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/encrypt-data-details.js
var require_encrypt_data_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/encrypt-data-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.EncryptDataDetails = void 0;
    var EncryptDataDetails;
    (function(EncryptDataDetails2) {
      let EncryptionAlgorithm;
      (function(EncryptionAlgorithm2) {
        EncryptionAlgorithm2["Aes256Gcm"] = "AES_256_GCM";
        EncryptionAlgorithm2["RsaOaepSha1"] = "RSA_OAEP_SHA_1";
        EncryptionAlgorithm2["RsaOaepSha256"] = "RSA_OAEP_SHA_256";
      })(EncryptionAlgorithm = EncryptDataDetails2.EncryptionAlgorithm || (EncryptDataDetails2.EncryptionAlgorithm = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      EncryptDataDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      EncryptDataDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(EncryptDataDetails = exports.EncryptDataDetails || (exports.EncryptDataDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/encrypted-data.js
var require_encrypted_data = __commonJS({
  "node_modules/oci-keymanagement/lib/model/encrypted-data.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.EncryptedData = void 0;
    var EncryptedData;
    (function(EncryptedData2) {
      let EncryptionAlgorithm;
      (function(EncryptionAlgorithm2) {
        EncryptionAlgorithm2["Aes256Gcm"] = "AES_256_GCM";
        EncryptionAlgorithm2["RsaOaepSha1"] = "RSA_OAEP_SHA_1";
        EncryptionAlgorithm2["RsaOaepSha256"] = "RSA_OAEP_SHA_256";
        EncryptionAlgorithm2["UnknownValue"] = "UNKNOWN_VALUE";
      })(EncryptionAlgorithm = EncryptedData2.EncryptionAlgorithm || (EncryptedData2.EncryptionAlgorithm = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      EncryptedData2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      EncryptedData2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(EncryptedData = exports.EncryptedData || (exports.EncryptedData = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/export-key-details.js
var require_export_key_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/export-key-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ExportKeyDetails = void 0;
    var ExportKeyDetails;
    (function(ExportKeyDetails2) {
      let Algorithm;
      (function(Algorithm2) {
        Algorithm2["RsaOaepAesSha256"] = "RSA_OAEP_AES_SHA256";
        Algorithm2["RsaOaepSha256"] = "RSA_OAEP_SHA256";
      })(Algorithm = ExportKeyDetails2.Algorithm || (ExportKeyDetails2.Algorithm = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ExportKeyDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ExportKeyDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ExportKeyDetails = exports.ExportKeyDetails || (exports.ExportKeyDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/exported-key-data.js
var require_exported_key_data = __commonJS({
  "node_modules/oci-keymanagement/lib/model/exported-key-data.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ExportedKeyData = void 0;
    var ExportedKeyData;
    (function(ExportedKeyData2) {
      let Algorithm;
      (function(Algorithm2) {
        Algorithm2["RsaOaepAesSha256"] = "RSA_OAEP_AES_SHA256";
        Algorithm2["RsaOaepSha256"] = "RSA_OAEP_SHA256";
        Algorithm2["UnknownValue"] = "UNKNOWN_VALUE";
      })(Algorithm = ExportedKeyData2.Algorithm || (ExportedKeyData2.Algorithm = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ExportedKeyData2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ExportedKeyData2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ExportedKeyData = exports.ExportedKeyData || (exports.ExportedKeyData = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/external-key-manager-metadata.js
var require_external_key_manager_metadata = __commonJS({
  "node_modules/oci-keymanagement/lib/model/external-key-manager-metadata.js"(exports) {
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
    exports.ExternalKeyManagerMetadata = void 0;
    var model = __importStar(require_model());
    var ExternalKeyManagerMetadata;
    (function(ExternalKeyManagerMetadata2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "oauthMetadata": obj.oauthMetadata ? model.OauthMetadata.getJsonObj(obj.oauthMetadata) : void 0
        });
        return jsonObj;
      }
      ExternalKeyManagerMetadata2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "oauthMetadata": obj.oauthMetadata ? model.OauthMetadata.getDeserializedJsonObj(obj.oauthMetadata) : void 0
        });
        return jsonObj;
      }
      ExternalKeyManagerMetadata2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ExternalKeyManagerMetadata = exports.ExternalKeyManagerMetadata || (exports.ExternalKeyManagerMetadata = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/external-key-manager-metadata-summary.js
var require_external_key_manager_metadata_summary = __commonJS({
  "node_modules/oci-keymanagement/lib/model/external-key-manager-metadata-summary.js"(exports) {
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
    exports.ExternalKeyManagerMetadataSummary = void 0;
    var model = __importStar(require_model());
    var ExternalKeyManagerMetadataSummary;
    (function(ExternalKeyManagerMetadataSummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "oauthMetadataSummary": obj.oauthMetadataSummary ? model.OauthMetadataSummary.getJsonObj(obj.oauthMetadataSummary) : void 0
        });
        return jsonObj;
      }
      ExternalKeyManagerMetadataSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "oauthMetadataSummary": obj.oauthMetadataSummary ? model.OauthMetadataSummary.getDeserializedJsonObj(obj.oauthMetadataSummary) : void 0
        });
        return jsonObj;
      }
      ExternalKeyManagerMetadataSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ExternalKeyManagerMetadataSummary = exports.ExternalKeyManagerMetadataSummary || (exports.ExternalKeyManagerMetadataSummary = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/external-key-reference.js
var require_external_key_reference = __commonJS({
  "node_modules/oci-keymanagement/lib/model/external-key-reference.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ExternalKeyReference = void 0;
    var ExternalKeyReference;
    (function(ExternalKeyReference2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ExternalKeyReference2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ExternalKeyReference2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ExternalKeyReference = exports.ExternalKeyReference || (exports.ExternalKeyReference = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/external-key-reference-details.js
var require_external_key_reference_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/external-key-reference-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ExternalKeyReferenceDetails = void 0;
    var ExternalKeyReferenceDetails;
    (function(ExternalKeyReferenceDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ExternalKeyReferenceDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ExternalKeyReferenceDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ExternalKeyReferenceDetails = exports.ExternalKeyReferenceDetails || (exports.ExternalKeyReferenceDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/external-key-version-reference.js
var require_external_key_version_reference = __commonJS({
  "node_modules/oci-keymanagement/lib/model/external-key-version-reference.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ExternalKeyVersionReference = void 0;
    var ExternalKeyVersionReference;
    (function(ExternalKeyVersionReference2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ExternalKeyVersionReference2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ExternalKeyVersionReference2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ExternalKeyVersionReference = exports.ExternalKeyVersionReference || (exports.ExternalKeyVersionReference = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/generate-key-details.js
var require_generate_key_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/generate-key-details.js"(exports) {
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
    exports.GenerateKeyDetails = void 0;
    var model = __importStar(require_model());
    var GenerateKeyDetails;
    (function(GenerateKeyDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "keyShape": obj.keyShape ? model.KeyShape.getJsonObj(obj.keyShape) : void 0
        });
        return jsonObj;
      }
      GenerateKeyDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "keyShape": obj.keyShape ? model.KeyShape.getDeserializedJsonObj(obj.keyShape) : void 0
        });
        return jsonObj;
      }
      GenerateKeyDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(GenerateKeyDetails = exports.GenerateKeyDetails || (exports.GenerateKeyDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/generated-key.js
var require_generated_key = __commonJS({
  "node_modules/oci-keymanagement/lib/model/generated-key.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.GeneratedKey = void 0;
    var GeneratedKey;
    (function(GeneratedKey2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      GeneratedKey2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      GeneratedKey2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(GeneratedKey = exports.GeneratedKey || (exports.GeneratedKey = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/hsm-cluster.js
var require_hsm_cluster = __commonJS({
  "node_modules/oci-keymanagement/lib/model/hsm-cluster.js"(exports) {
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
    exports.HsmCluster = void 0;
    var model = __importStar(require_model());
    var HsmCluster;
    (function(HsmCluster2) {
      let LifecycleState;
      (function(LifecycleState2) {
        LifecycleState2["Creating"] = "CREATING";
        LifecycleState2["InitializationRequired"] = "INITIALIZATION_REQUIRED";
        LifecycleState2["Initializing"] = "INITIALIZING";
        LifecycleState2["ActivationRequired"] = "ACTIVATION_REQUIRED";
        LifecycleState2["Activating"] = "ACTIVATING";
        LifecycleState2["Active"] = "ACTIVE";
        LifecycleState2["Deleting"] = "DELETING";
        LifecycleState2["Deleted"] = "DELETED";
        LifecycleState2["PendingDeletion"] = "PENDING_DELETION";
        LifecycleState2["SchedulingDeletion"] = "SCHEDULING_DELETION";
        LifecycleState2["CancellingDeletion"] = "CANCELLING_DELETION";
        LifecycleState2["UnknownValue"] = "UNKNOWN_VALUE";
      })(LifecycleState = HsmCluster2.LifecycleState || (HsmCluster2.LifecycleState = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "auditLogConfig": obj.auditLogConfig ? model.HsmClusterAuditLoggingInfo.getJsonObj(obj.auditLogConfig) : void 0,
          "pendingInstructions": obj.pendingInstructions ? model.HsmClusterPendingInstructions.getJsonObj(obj.pendingInstructions) : void 0
        });
        return jsonObj;
      }
      HsmCluster2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "auditLogConfig": obj.auditLogConfig ? model.HsmClusterAuditLoggingInfo.getDeserializedJsonObj(obj.auditLogConfig) : void 0,
          "pendingInstructions": obj.pendingInstructions ? model.HsmClusterPendingInstructions.getDeserializedJsonObj(obj.pendingInstructions) : void 0
        });
        return jsonObj;
      }
      HsmCluster2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HsmCluster = exports.HsmCluster || (exports.HsmCluster = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/hsm-cluster-audit-logging-info.js
var require_hsm_cluster_audit_logging_info = __commonJS({
  "node_modules/oci-keymanagement/lib/model/hsm-cluster-audit-logging-info.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HsmClusterAuditLoggingInfo = void 0;
    var HsmClusterAuditLoggingInfo;
    (function(HsmClusterAuditLoggingInfo2) {
      let AuditLogLifecycleState;
      (function(AuditLogLifecycleState2) {
        AuditLogLifecycleState2["Creating"] = "CREATING";
        AuditLogLifecycleState2["WaitingForCustomer"] = "WAITING_FOR_CUSTOMER";
        AuditLogLifecycleState2["Verifying"] = "VERIFYING";
        AuditLogLifecycleState2["DisablingInProgress"] = "DISABLING_IN_PROGRESS";
        AuditLogLifecycleState2["DisablingBroken"] = "DISABLING_BROKEN";
        AuditLogLifecycleState2["DisabledValidated"] = "DISABLED_VALIDATED";
        AuditLogLifecycleState2["Failed"] = "FAILED";
        AuditLogLifecycleState2["Enabled"] = "ENABLED";
        AuditLogLifecycleState2["Disabled"] = "DISABLED";
        AuditLogLifecycleState2["UnknownValue"] = "UNKNOWN_VALUE";
      })(AuditLogLifecycleState = HsmClusterAuditLoggingInfo2.AuditLogLifecycleState || (HsmClusterAuditLoggingInfo2.AuditLogLifecycleState = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HsmClusterAuditLoggingInfo2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HsmClusterAuditLoggingInfo2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HsmClusterAuditLoggingInfo = exports.HsmClusterAuditLoggingInfo || (exports.HsmClusterAuditLoggingInfo = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/hsm-cluster-collection.js
var require_hsm_cluster_collection = __commonJS({
  "node_modules/oci-keymanagement/lib/model/hsm-cluster-collection.js"(exports) {
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
    exports.HsmClusterCollection = void 0;
    var model = __importStar(require_model());
    var HsmClusterCollection;
    (function(HsmClusterCollection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.HsmClusterSummary.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HsmClusterCollection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.HsmClusterSummary.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HsmClusterCollection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HsmClusterCollection = exports.HsmClusterCollection || (exports.HsmClusterCollection = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/hsm-cluster-pending-create-dynamic-group.js
var require_hsm_cluster_pending_create_dynamic_group = __commonJS({
  "node_modules/oci-keymanagement/lib/model/hsm-cluster-pending-create-dynamic-group.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HsmClusterPendingCreateDynamicGroup = void 0;
    var HsmClusterPendingCreateDynamicGroup;
    (function(HsmClusterPendingCreateDynamicGroup2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HsmClusterPendingCreateDynamicGroup2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HsmClusterPendingCreateDynamicGroup2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HsmClusterPendingCreateDynamicGroup = exports.HsmClusterPendingCreateDynamicGroup || (exports.HsmClusterPendingCreateDynamicGroup = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/hsm-cluster-pending-instructions.js
var require_hsm_cluster_pending_instructions = __commonJS({
  "node_modules/oci-keymanagement/lib/model/hsm-cluster-pending-instructions.js"(exports) {
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
    exports.HsmClusterPendingInstructions = void 0;
    var model = __importStar(require_model());
    var HsmClusterPendingInstructions;
    (function(HsmClusterPendingInstructions2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "createDynamicGroup": obj.createDynamicGroup ? model.HsmClusterPendingCreateDynamicGroup.getJsonObj(obj.createDynamicGroup) : void 0
        });
        return jsonObj;
      }
      HsmClusterPendingInstructions2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "createDynamicGroup": obj.createDynamicGroup ? model.HsmClusterPendingCreateDynamicGroup.getDeserializedJsonObj(obj.createDynamicGroup) : void 0
        });
        return jsonObj;
      }
      HsmClusterPendingInstructions2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HsmClusterPendingInstructions = exports.HsmClusterPendingInstructions || (exports.HsmClusterPendingInstructions = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/hsm-cluster-summary.js
var require_hsm_cluster_summary = __commonJS({
  "node_modules/oci-keymanagement/lib/model/hsm-cluster-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HsmClusterSummary = void 0;
    var HsmClusterSummary;
    (function(HsmClusterSummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HsmClusterSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HsmClusterSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HsmClusterSummary = exports.HsmClusterSummary || (exports.HsmClusterSummary = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/hsm-partition.js
var require_hsm_partition = __commonJS({
  "node_modules/oci-keymanagement/lib/model/hsm-partition.js"(exports) {
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
    exports.HsmPartition = void 0;
    var model = __importStar(require_model());
    var HsmPartition;
    (function(HsmPartition2) {
      let LifecycleState;
      (function(LifecycleState2) {
        LifecycleState2["Active"] = "ACTIVE";
        LifecycleState2["Inactive"] = "INACTIVE";
        LifecycleState2["Activating"] = "ACTIVATING";
        LifecycleState2["ActivationRequired"] = "ACTIVATION_REQUIRED";
        LifecycleState2["SchedulingDeletion"] = "SCHEDULING_DELETION";
        LifecycleState2["PendingDeletion"] = "PENDING_DELETION";
        LifecycleState2["Deleting"] = "DELETING";
        LifecycleState2["Deleted"] = "DELETED";
        LifecycleState2["UnknownValue"] = "UNKNOWN_VALUE";
      })(LifecycleState = HsmPartition2.LifecycleState || (HsmPartition2.LifecycleState = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "portInformation": obj.portInformation ? obj.portInformation.map((item) => {
            return model.PortInformation.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HsmPartition2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "portInformation": obj.portInformation ? obj.portInformation.map((item) => {
            return model.PortInformation.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HsmPartition2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HsmPartition = exports.HsmPartition || (exports.HsmPartition = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/hsm-partition-collection.js
var require_hsm_partition_collection = __commonJS({
  "node_modules/oci-keymanagement/lib/model/hsm-partition-collection.js"(exports) {
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
    exports.HsmPartitionCollection = void 0;
    var model = __importStar(require_model());
    var HsmPartitionCollection;
    (function(HsmPartitionCollection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.HsmPartitionSummary.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HsmPartitionCollection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.HsmPartitionSummary.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HsmPartitionCollection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HsmPartitionCollection = exports.HsmPartitionCollection || (exports.HsmPartitionCollection = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/hsm-partition-summary.js
var require_hsm_partition_summary = __commonJS({
  "node_modules/oci-keymanagement/lib/model/hsm-partition-summary.js"(exports) {
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
    exports.HsmPartitionSummary = void 0;
    var model = __importStar(require_model());
    var HsmPartitionSummary;
    (function(HsmPartitionSummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "portInformation": obj.portInformation ? obj.portInformation.map((item) => {
            return model.PortInformation.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HsmPartitionSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "portInformation": obj.portInformation ? obj.portInformation.map((item) => {
            return model.PortInformation.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HsmPartitionSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HsmPartitionSummary = exports.HsmPartitionSummary || (exports.HsmPartitionSummary = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/import-key-details.js
var require_import_key_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/import-key-details.js"(exports) {
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
    exports.ImportKeyDetails = void 0;
    var model = __importStar(require_model());
    var ImportKeyDetails;
    (function(ImportKeyDetails2) {
      let ProtectionMode;
      (function(ProtectionMode2) {
        ProtectionMode2["Hsm"] = "HSM";
        ProtectionMode2["Software"] = "SOFTWARE";
      })(ProtectionMode = ImportKeyDetails2.ProtectionMode || (ImportKeyDetails2.ProtectionMode = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "autoKeyRotationDetails": obj.autoKeyRotationDetails ? model.AutoKeyRotationDetails.getJsonObj(obj.autoKeyRotationDetails) : void 0,
          "keyShape": obj.keyShape ? model.KeyShape.getJsonObj(obj.keyShape) : void 0,
          "wrappedImportKey": obj.wrappedImportKey ? model.WrappedImportKey.getJsonObj(obj.wrappedImportKey) : void 0
        });
        return jsonObj;
      }
      ImportKeyDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "autoKeyRotationDetails": obj.autoKeyRotationDetails ? model.AutoKeyRotationDetails.getDeserializedJsonObj(obj.autoKeyRotationDetails) : void 0,
          "keyShape": obj.keyShape ? model.KeyShape.getDeserializedJsonObj(obj.keyShape) : void 0,
          "wrappedImportKey": obj.wrappedImportKey ? model.WrappedImportKey.getDeserializedJsonObj(obj.wrappedImportKey) : void 0
        });
        return jsonObj;
      }
      ImportKeyDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ImportKeyDetails = exports.ImportKeyDetails || (exports.ImportKeyDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/import-key-version-details.js
var require_import_key_version_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/import-key-version-details.js"(exports) {
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
    exports.ImportKeyVersionDetails = void 0;
    var model = __importStar(require_model());
    var ImportKeyVersionDetails;
    (function(ImportKeyVersionDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "wrappedImportKey": obj.wrappedImportKey ? model.WrappedImportKey.getJsonObj(obj.wrappedImportKey) : void 0
        });
        return jsonObj;
      }
      ImportKeyVersionDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "wrappedImportKey": obj.wrappedImportKey ? model.WrappedImportKey.getDeserializedJsonObj(obj.wrappedImportKey) : void 0
        });
        return jsonObj;
      }
      ImportKeyVersionDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ImportKeyVersionDetails = exports.ImportKeyVersionDetails || (exports.ImportKeyVersionDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/initiate-audit-logging-details.js
var require_initiate_audit_logging_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/initiate-audit-logging-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.InitiateAuditLoggingDetails = void 0;
    var InitiateAuditLoggingDetails;
    (function(InitiateAuditLoggingDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      InitiateAuditLoggingDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      InitiateAuditLoggingDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(InitiateAuditLoggingDetails = exports.InitiateAuditLoggingDetails || (exports.InitiateAuditLoggingDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/key.js
var require_key = __commonJS({
  "node_modules/oci-keymanagement/lib/model/key.js"(exports) {
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
    exports.Key = void 0;
    var model = __importStar(require_model());
    var Key;
    (function(Key2) {
      let ProtectionMode;
      (function(ProtectionMode2) {
        ProtectionMode2["Hsm"] = "HSM";
        ProtectionMode2["Software"] = "SOFTWARE";
        ProtectionMode2["External"] = "EXTERNAL";
        ProtectionMode2["UnknownValue"] = "UNKNOWN_VALUE";
      })(ProtectionMode = Key2.ProtectionMode || (Key2.ProtectionMode = {}));
      let LifecycleState;
      (function(LifecycleState2) {
        LifecycleState2["Creating"] = "CREATING";
        LifecycleState2["Enabling"] = "ENABLING";
        LifecycleState2["Enabled"] = "ENABLED";
        LifecycleState2["Disabling"] = "DISABLING";
        LifecycleState2["Disabled"] = "DISABLED";
        LifecycleState2["Deleting"] = "DELETING";
        LifecycleState2["Deleted"] = "DELETED";
        LifecycleState2["PendingDeletion"] = "PENDING_DELETION";
        LifecycleState2["SchedulingDeletion"] = "SCHEDULING_DELETION";
        LifecycleState2["CancellingDeletion"] = "CANCELLING_DELETION";
        LifecycleState2["Updating"] = "UPDATING";
        LifecycleState2["BackupInProgress"] = "BACKUP_IN_PROGRESS";
        LifecycleState2["Restoring"] = "RESTORING";
        LifecycleState2["UnknownValue"] = "UNKNOWN_VALUE";
      })(LifecycleState = Key2.LifecycleState || (Key2.LifecycleState = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "keyShape": obj.keyShape ? model.KeyShape.getJsonObj(obj.keyShape) : void 0,
          "replicaDetails": obj.replicaDetails ? model.KeyReplicaDetails.getJsonObj(obj.replicaDetails) : void 0,
          "autoKeyRotationDetails": obj.autoKeyRotationDetails ? model.AutoKeyRotationDetails.getJsonObj(obj.autoKeyRotationDetails) : void 0,
          "externalKeyReferenceDetails": obj.externalKeyReferenceDetails ? model.ExternalKeyReferenceDetails.getJsonObj(obj.externalKeyReferenceDetails) : void 0
        });
        return jsonObj;
      }
      Key2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "keyShape": obj.keyShape ? model.KeyShape.getDeserializedJsonObj(obj.keyShape) : void 0,
          "replicaDetails": obj.replicaDetails ? model.KeyReplicaDetails.getDeserializedJsonObj(obj.replicaDetails) : void 0,
          "autoKeyRotationDetails": obj.autoKeyRotationDetails ? model.AutoKeyRotationDetails.getDeserializedJsonObj(obj.autoKeyRotationDetails) : void 0,
          "externalKeyReferenceDetails": obj.externalKeyReferenceDetails ? model.ExternalKeyReferenceDetails.getDeserializedJsonObj(obj.externalKeyReferenceDetails) : void 0
        });
        return jsonObj;
      }
      Key2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(Key = exports.Key || (exports.Key = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/key-replica-details.js
var require_key_replica_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/key-replica-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.KeyReplicaDetails = void 0;
    var KeyReplicaDetails;
    (function(KeyReplicaDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      KeyReplicaDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      KeyReplicaDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(KeyReplicaDetails = exports.KeyReplicaDetails || (exports.KeyReplicaDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/key-shape.js
var require_key_shape = __commonJS({
  "node_modules/oci-keymanagement/lib/model/key-shape.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.KeyShape = void 0;
    var KeyShape;
    (function(KeyShape2) {
      let Algorithm;
      (function(Algorithm2) {
        Algorithm2["Aes"] = "AES";
        Algorithm2["Rsa"] = "RSA";
        Algorithm2["Ecdsa"] = "ECDSA";
        Algorithm2["UnknownValue"] = "UNKNOWN_VALUE";
      })(Algorithm = KeyShape2.Algorithm || (KeyShape2.Algorithm = {}));
      let CurveId;
      (function(CurveId2) {
        CurveId2["NistP256"] = "NIST_P256";
        CurveId2["NistP384"] = "NIST_P384";
        CurveId2["NistP521"] = "NIST_P521";
        CurveId2["UnknownValue"] = "UNKNOWN_VALUE";
      })(CurveId = KeyShape2.CurveId || (KeyShape2.CurveId = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      KeyShape2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      KeyShape2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(KeyShape = exports.KeyShape || (exports.KeyShape = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/key-summary.js
var require_key_summary = __commonJS({
  "node_modules/oci-keymanagement/lib/model/key-summary.js"(exports) {
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
    exports.KeySummary = void 0;
    var model = __importStar(require_model());
    var KeySummary;
    (function(KeySummary2) {
      let LifecycleState;
      (function(LifecycleState2) {
        LifecycleState2["Creating"] = "CREATING";
        LifecycleState2["Enabling"] = "ENABLING";
        LifecycleState2["Enabled"] = "ENABLED";
        LifecycleState2["Disabling"] = "DISABLING";
        LifecycleState2["Disabled"] = "DISABLED";
        LifecycleState2["Deleting"] = "DELETING";
        LifecycleState2["Deleted"] = "DELETED";
        LifecycleState2["PendingDeletion"] = "PENDING_DELETION";
        LifecycleState2["SchedulingDeletion"] = "SCHEDULING_DELETION";
        LifecycleState2["CancellingDeletion"] = "CANCELLING_DELETION";
        LifecycleState2["Updating"] = "UPDATING";
        LifecycleState2["BackupInProgress"] = "BACKUP_IN_PROGRESS";
        LifecycleState2["Restoring"] = "RESTORING";
        LifecycleState2["UnknownValue"] = "UNKNOWN_VALUE";
      })(LifecycleState = KeySummary2.LifecycleState || (KeySummary2.LifecycleState = {}));
      let ProtectionMode;
      (function(ProtectionMode2) {
        ProtectionMode2["Hsm"] = "HSM";
        ProtectionMode2["Software"] = "SOFTWARE";
        ProtectionMode2["External"] = "EXTERNAL";
        ProtectionMode2["UnknownValue"] = "UNKNOWN_VALUE";
      })(ProtectionMode = KeySummary2.ProtectionMode || (KeySummary2.ProtectionMode = {}));
      let Algorithm;
      (function(Algorithm2) {
        Algorithm2["Aes"] = "AES";
        Algorithm2["Rsa"] = "RSA";
        Algorithm2["Ecdsa"] = "ECDSA";
        Algorithm2["UnknownValue"] = "UNKNOWN_VALUE";
      })(Algorithm = KeySummary2.Algorithm || (KeySummary2.Algorithm = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "externalKeyReferenceDetails": obj.externalKeyReferenceDetails ? model.ExternalKeyReferenceDetails.getJsonObj(obj.externalKeyReferenceDetails) : void 0
        });
        return jsonObj;
      }
      KeySummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "externalKeyReferenceDetails": obj.externalKeyReferenceDetails ? model.ExternalKeyReferenceDetails.getDeserializedJsonObj(obj.externalKeyReferenceDetails) : void 0
        });
        return jsonObj;
      }
      KeySummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(KeySummary = exports.KeySummary || (exports.KeySummary = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/key-version.js
var require_key_version = __commonJS({
  "node_modules/oci-keymanagement/lib/model/key-version.js"(exports) {
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
    exports.KeyVersion = void 0;
    var model = __importStar(require_model());
    var KeyVersion;
    (function(KeyVersion2) {
      let LifecycleState;
      (function(LifecycleState2) {
        LifecycleState2["Creating"] = "CREATING";
        LifecycleState2["Enabling"] = "ENABLING";
        LifecycleState2["Enabled"] = "ENABLED";
        LifecycleState2["Disabling"] = "DISABLING";
        LifecycleState2["Disabled"] = "DISABLED";
        LifecycleState2["Deleting"] = "DELETING";
        LifecycleState2["Deleted"] = "DELETED";
        LifecycleState2["PendingDeletion"] = "PENDING_DELETION";
        LifecycleState2["SchedulingDeletion"] = "SCHEDULING_DELETION";
        LifecycleState2["CancellingDeletion"] = "CANCELLING_DELETION";
        LifecycleState2["UnknownValue"] = "UNKNOWN_VALUE";
      })(LifecycleState = KeyVersion2.LifecycleState || (KeyVersion2.LifecycleState = {}));
      let Origin;
      (function(Origin2) {
        Origin2["Internal"] = "INTERNAL";
        Origin2["External"] = "EXTERNAL";
        Origin2["UnknownValue"] = "UNKNOWN_VALUE";
      })(Origin = KeyVersion2.Origin || (KeyVersion2.Origin = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "replicaDetails": obj.replicaDetails ? model.KeyVersionReplicaDetails.getJsonObj(obj.replicaDetails) : void 0,
          "externalKeyReferenceDetails": obj.externalKeyReferenceDetails ? model.ExternalKeyReferenceDetails.getJsonObj(obj.externalKeyReferenceDetails) : void 0
        });
        return jsonObj;
      }
      KeyVersion2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "replicaDetails": obj.replicaDetails ? model.KeyVersionReplicaDetails.getDeserializedJsonObj(obj.replicaDetails) : void 0,
          "externalKeyReferenceDetails": obj.externalKeyReferenceDetails ? model.ExternalKeyReferenceDetails.getDeserializedJsonObj(obj.externalKeyReferenceDetails) : void 0
        });
        return jsonObj;
      }
      KeyVersion2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(KeyVersion = exports.KeyVersion || (exports.KeyVersion = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/key-version-replica-details.js
var require_key_version_replica_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/key-version-replica-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.KeyVersionReplicaDetails = void 0;
    var KeyVersionReplicaDetails;
    (function(KeyVersionReplicaDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      KeyVersionReplicaDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      KeyVersionReplicaDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(KeyVersionReplicaDetails = exports.KeyVersionReplicaDetails || (exports.KeyVersionReplicaDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/key-version-summary.js
var require_key_version_summary = __commonJS({
  "node_modules/oci-keymanagement/lib/model/key-version-summary.js"(exports) {
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
    exports.KeyVersionSummary = void 0;
    var model = __importStar(require_model());
    var KeyVersionSummary;
    (function(KeyVersionSummary2) {
      let LifecycleState;
      (function(LifecycleState2) {
        LifecycleState2["Creating"] = "CREATING";
        LifecycleState2["Enabling"] = "ENABLING";
        LifecycleState2["Enabled"] = "ENABLED";
        LifecycleState2["Disabling"] = "DISABLING";
        LifecycleState2["Disabled"] = "DISABLED";
        LifecycleState2["Deleting"] = "DELETING";
        LifecycleState2["Deleted"] = "DELETED";
        LifecycleState2["PendingDeletion"] = "PENDING_DELETION";
        LifecycleState2["SchedulingDeletion"] = "SCHEDULING_DELETION";
        LifecycleState2["CancellingDeletion"] = "CANCELLING_DELETION";
        LifecycleState2["UnknownValue"] = "UNKNOWN_VALUE";
      })(LifecycleState = KeyVersionSummary2.LifecycleState || (KeyVersionSummary2.LifecycleState = {}));
      let Origin;
      (function(Origin2) {
        Origin2["Internal"] = "INTERNAL";
        Origin2["External"] = "EXTERNAL";
        Origin2["UnknownValue"] = "UNKNOWN_VALUE";
      })(Origin = KeyVersionSummary2.Origin || (KeyVersionSummary2.Origin = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "externalKeyReferenceDetails": obj.externalKeyReferenceDetails ? model.ExternalKeyReferenceDetails.getJsonObj(obj.externalKeyReferenceDetails) : void 0
        });
        return jsonObj;
      }
      KeyVersionSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "externalKeyReferenceDetails": obj.externalKeyReferenceDetails ? model.ExternalKeyReferenceDetails.getDeserializedJsonObj(obj.externalKeyReferenceDetails) : void 0
        });
        return jsonObj;
      }
      KeyVersionSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(KeyVersionSummary = exports.KeyVersionSummary || (exports.KeyVersionSummary = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/oauth-metadata.js
var require_oauth_metadata = __commonJS({
  "node_modules/oci-keymanagement/lib/model/oauth-metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.OauthMetadata = void 0;
    var OauthMetadata;
    (function(OauthMetadata2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      OauthMetadata2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      OauthMetadata2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(OauthMetadata = exports.OauthMetadata || (exports.OauthMetadata = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/oauth-metadata-summary.js
var require_oauth_metadata_summary = __commonJS({
  "node_modules/oci-keymanagement/lib/model/oauth-metadata-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.OauthMetadataSummary = void 0;
    var OauthMetadataSummary;
    (function(OauthMetadataSummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      OauthMetadataSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      OauthMetadataSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(OauthMetadataSummary = exports.OauthMetadataSummary || (exports.OauthMetadataSummary = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/port-information.js
var require_port_information = __commonJS({
  "node_modules/oci-keymanagement/lib/model/port-information.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PortInformation = void 0;
    var PortInformation;
    (function(PortInformation2) {
      let PortType;
      (function(PortType2) {
        PortType2["Clientutility"] = "CLIENTUTILITY";
        PortType2["Managementutility"] = "MANAGEMENTUTILITY";
        PortType2["UnknownValue"] = "UNKNOWN_VALUE";
      })(PortType = PortInformation2.PortType || (PortInformation2.PortType = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      PortInformation2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      PortInformation2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(PortInformation = exports.PortInformation || (exports.PortInformation = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/pre-co-user-credentials.js
var require_pre_co_user_credentials = __commonJS({
  "node_modules/oci-keymanagement/lib/model/pre-co-user-credentials.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PreCoUserCredentials = void 0;
    var PreCoUserCredentials;
    (function(PreCoUserCredentials2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      PreCoUserCredentials2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      PreCoUserCredentials2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(PreCoUserCredentials = exports.PreCoUserCredentials || (exports.PreCoUserCredentials = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/replica-details.js
var require_replica_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/replica-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ReplicaDetails = void 0;
    var ReplicaDetails;
    (function(ReplicaDetails2) {
      let Status;
      (function(Status2) {
        Status2["Replicating"] = "REPLICATING";
        Status2["Replicated"] = "REPLICATED";
        Status2["UnknownValue"] = "UNKNOWN_VALUE";
      })(Status = ReplicaDetails2.Status || (ReplicaDetails2.Status = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ReplicaDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ReplicaDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ReplicaDetails = exports.ReplicaDetails || (exports.ReplicaDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/replica-vault-metadata.js
var require_replica_vault_metadata = __commonJS({
  "node_modules/oci-keymanagement/lib/model/replica-vault-metadata.js"(exports) {
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
    exports.ReplicaVaultMetadata = void 0;
    var model = __importStar(require_model());
    var common2 = require_oci_common();
    var ReplicaVaultMetadata;
    (function(ReplicaVaultMetadata2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        if (obj && "vaultType" in obj && obj.vaultType) {
          switch (obj.vaultType) {
            case "EXTERNAL":
              return model.ReplicaExternalVaultMetadata.getJsonObj(jsonObj, true);
            default:
              if (common2.LOG.logger)
                common2.LOG.logger.info(`Unknown value for: ${obj.vaultType}`);
          }
        }
        return jsonObj;
      }
      ReplicaVaultMetadata2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        if (obj && "vaultType" in obj && obj.vaultType) {
          switch (obj.vaultType) {
            case "EXTERNAL":
              return model.ReplicaExternalVaultMetadata.getDeserializedJsonObj(jsonObj, true);
            default:
              if (common2.LOG.logger)
                common2.LOG.logger.info(`Unknown value for: ${obj.vaultType}`);
          }
        }
        return jsonObj;
      }
      ReplicaVaultMetadata2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ReplicaVaultMetadata = exports.ReplicaVaultMetadata || (exports.ReplicaVaultMetadata = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/replication-status-details.js
var require_replication_status_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/replication-status-details.js"(exports) {
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
    exports.ReplicationStatusDetails = void 0;
    var model = __importStar(require_model());
    var ReplicationStatusDetails;
    (function(ReplicationStatusDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "replicaDetails": obj.replicaDetails ? obj.replicaDetails.map((item) => {
            return model.ReplicaDetails.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ReplicationStatusDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "replicaDetails": obj.replicaDetails ? obj.replicaDetails.map((item) => {
            return model.ReplicaDetails.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ReplicationStatusDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ReplicationStatusDetails = exports.ReplicationStatusDetails || (exports.ReplicationStatusDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/restore-key-from-object-store-details.js
var require_restore_key_from_object_store_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/restore-key-from-object-store-details.js"(exports) {
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
    exports.RestoreKeyFromObjectStoreDetails = void 0;
    var model = __importStar(require_model());
    var RestoreKeyFromObjectStoreDetails;
    (function(RestoreKeyFromObjectStoreDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "backupLocation": obj.backupLocation ? model.BackupLocation.getJsonObj(obj.backupLocation) : void 0
        });
        return jsonObj;
      }
      RestoreKeyFromObjectStoreDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "backupLocation": obj.backupLocation ? model.BackupLocation.getDeserializedJsonObj(obj.backupLocation) : void 0
        });
        return jsonObj;
      }
      RestoreKeyFromObjectStoreDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(RestoreKeyFromObjectStoreDetails = exports.RestoreKeyFromObjectStoreDetails || (exports.RestoreKeyFromObjectStoreDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/restore-vault-from-object-store-details.js
var require_restore_vault_from_object_store_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/restore-vault-from-object-store-details.js"(exports) {
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
    exports.RestoreVaultFromObjectStoreDetails = void 0;
    var model = __importStar(require_model());
    var RestoreVaultFromObjectStoreDetails;
    (function(RestoreVaultFromObjectStoreDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "backupLocation": obj.backupLocation ? model.BackupLocation.getJsonObj(obj.backupLocation) : void 0
        });
        return jsonObj;
      }
      RestoreVaultFromObjectStoreDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "backupLocation": obj.backupLocation ? model.BackupLocation.getDeserializedJsonObj(obj.backupLocation) : void 0
        });
        return jsonObj;
      }
      RestoreVaultFromObjectStoreDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(RestoreVaultFromObjectStoreDetails = exports.RestoreVaultFromObjectStoreDetails || (exports.RestoreVaultFromObjectStoreDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/schedule-hsm-cluster-deletion-details.js
var require_schedule_hsm_cluster_deletion_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/schedule-hsm-cluster-deletion-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ScheduleHsmClusterDeletionDetails = void 0;
    var ScheduleHsmClusterDeletionDetails;
    (function(ScheduleHsmClusterDeletionDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ScheduleHsmClusterDeletionDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ScheduleHsmClusterDeletionDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ScheduleHsmClusterDeletionDetails = exports.ScheduleHsmClusterDeletionDetails || (exports.ScheduleHsmClusterDeletionDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/schedule-key-deletion-details.js
var require_schedule_key_deletion_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/schedule-key-deletion-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ScheduleKeyDeletionDetails = void 0;
    var ScheduleKeyDeletionDetails;
    (function(ScheduleKeyDeletionDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ScheduleKeyDeletionDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ScheduleKeyDeletionDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ScheduleKeyDeletionDetails = exports.ScheduleKeyDeletionDetails || (exports.ScheduleKeyDeletionDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/schedule-key-version-deletion-details.js
var require_schedule_key_version_deletion_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/schedule-key-version-deletion-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ScheduleKeyVersionDeletionDetails = void 0;
    var ScheduleKeyVersionDeletionDetails;
    (function(ScheduleKeyVersionDeletionDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ScheduleKeyVersionDeletionDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ScheduleKeyVersionDeletionDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ScheduleKeyVersionDeletionDetails = exports.ScheduleKeyVersionDeletionDetails || (exports.ScheduleKeyVersionDeletionDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/schedule-vault-deletion-details.js
var require_schedule_vault_deletion_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/schedule-vault-deletion-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ScheduleVaultDeletionDetails = void 0;
    var ScheduleVaultDeletionDetails;
    (function(ScheduleVaultDeletionDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ScheduleVaultDeletionDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ScheduleVaultDeletionDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ScheduleVaultDeletionDetails = exports.ScheduleVaultDeletionDetails || (exports.ScheduleVaultDeletionDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/sign-data-details.js
var require_sign_data_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/sign-data-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SignDataDetails = void 0;
    var SignDataDetails;
    (function(SignDataDetails2) {
      let MessageType;
      (function(MessageType2) {
        MessageType2["Raw"] = "RAW";
        MessageType2["Digest"] = "DIGEST";
      })(MessageType = SignDataDetails2.MessageType || (SignDataDetails2.MessageType = {}));
      let SigningAlgorithm;
      (function(SigningAlgorithm2) {
        SigningAlgorithm2["Sha224RsaPkcsPss"] = "SHA_224_RSA_PKCS_PSS";
        SigningAlgorithm2["Sha256RsaPkcsPss"] = "SHA_256_RSA_PKCS_PSS";
        SigningAlgorithm2["Sha384RsaPkcsPss"] = "SHA_384_RSA_PKCS_PSS";
        SigningAlgorithm2["Sha512RsaPkcsPss"] = "SHA_512_RSA_PKCS_PSS";
        SigningAlgorithm2["Sha224RsaPkcs1V15"] = "SHA_224_RSA_PKCS1_V1_5";
        SigningAlgorithm2["Sha256RsaPkcs1V15"] = "SHA_256_RSA_PKCS1_V1_5";
        SigningAlgorithm2["Sha384RsaPkcs1V15"] = "SHA_384_RSA_PKCS1_V1_5";
        SigningAlgorithm2["Sha512RsaPkcs1V15"] = "SHA_512_RSA_PKCS1_V1_5";
        SigningAlgorithm2["EcdsaSha256"] = "ECDSA_SHA_256";
        SigningAlgorithm2["EcdsaSha384"] = "ECDSA_SHA_384";
        SigningAlgorithm2["EcdsaSha512"] = "ECDSA_SHA_512";
      })(SigningAlgorithm = SignDataDetails2.SigningAlgorithm || (SignDataDetails2.SigningAlgorithm = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      SignDataDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      SignDataDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(SignDataDetails = exports.SignDataDetails || (exports.SignDataDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/signed-data.js
var require_signed_data = __commonJS({
  "node_modules/oci-keymanagement/lib/model/signed-data.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SignedData = void 0;
    var SignedData;
    (function(SignedData2) {
      let SigningAlgorithm;
      (function(SigningAlgorithm2) {
        SigningAlgorithm2["Sha224RsaPkcsPss"] = "SHA_224_RSA_PKCS_PSS";
        SigningAlgorithm2["Sha256RsaPkcsPss"] = "SHA_256_RSA_PKCS_PSS";
        SigningAlgorithm2["Sha384RsaPkcsPss"] = "SHA_384_RSA_PKCS_PSS";
        SigningAlgorithm2["Sha512RsaPkcsPss"] = "SHA_512_RSA_PKCS_PSS";
        SigningAlgorithm2["Sha224RsaPkcs1V15"] = "SHA_224_RSA_PKCS1_V1_5";
        SigningAlgorithm2["Sha256RsaPkcs1V15"] = "SHA_256_RSA_PKCS1_V1_5";
        SigningAlgorithm2["Sha384RsaPkcs1V15"] = "SHA_384_RSA_PKCS1_V1_5";
        SigningAlgorithm2["Sha512RsaPkcs1V15"] = "SHA_512_RSA_PKCS1_V1_5";
        SigningAlgorithm2["EcdsaSha256"] = "ECDSA_SHA_256";
        SigningAlgorithm2["EcdsaSha384"] = "ECDSA_SHA_384";
        SigningAlgorithm2["EcdsaSha512"] = "ECDSA_SHA_512";
        SigningAlgorithm2["UnknownValue"] = "UNKNOWN_VALUE";
      })(SigningAlgorithm = SignedData2.SigningAlgorithm || (SignedData2.SigningAlgorithm = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      SignedData2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      SignedData2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(SignedData = exports.SignedData || (exports.SignedData = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/update-audit-logging-destination-details.js
var require_update_audit_logging_destination_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/update-audit-logging-destination-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.UpdateAuditLoggingDestinationDetails = void 0;
    var UpdateAuditLoggingDestinationDetails;
    (function(UpdateAuditLoggingDestinationDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateAuditLoggingDestinationDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateAuditLoggingDestinationDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(UpdateAuditLoggingDestinationDetails = exports.UpdateAuditLoggingDestinationDetails || (exports.UpdateAuditLoggingDestinationDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/update-ekms-private-endpoint-details.js
var require_update_ekms_private_endpoint_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/update-ekms-private-endpoint-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.UpdateEkmsPrivateEndpointDetails = void 0;
    var UpdateEkmsPrivateEndpointDetails;
    (function(UpdateEkmsPrivateEndpointDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateEkmsPrivateEndpointDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateEkmsPrivateEndpointDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(UpdateEkmsPrivateEndpointDetails = exports.UpdateEkmsPrivateEndpointDetails || (exports.UpdateEkmsPrivateEndpointDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/update-hsm-cluster-details.js
var require_update_hsm_cluster_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/update-hsm-cluster-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.UpdateHsmClusterDetails = void 0;
    var UpdateHsmClusterDetails;
    (function(UpdateHsmClusterDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateHsmClusterDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateHsmClusterDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(UpdateHsmClusterDetails = exports.UpdateHsmClusterDetails || (exports.UpdateHsmClusterDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/update-key-details.js
var require_update_key_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/update-key-details.js"(exports) {
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
    exports.UpdateKeyDetails = void 0;
    var model = __importStar(require_model());
    var UpdateKeyDetails;
    (function(UpdateKeyDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "autoKeyRotationDetails": obj.autoKeyRotationDetails ? model.AutoKeyRotationDetails.getJsonObj(obj.autoKeyRotationDetails) : void 0
        });
        return jsonObj;
      }
      UpdateKeyDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "autoKeyRotationDetails": obj.autoKeyRotationDetails ? model.AutoKeyRotationDetails.getDeserializedJsonObj(obj.autoKeyRotationDetails) : void 0
        });
        return jsonObj;
      }
      UpdateKeyDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(UpdateKeyDetails = exports.UpdateKeyDetails || (exports.UpdateKeyDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/update-registered-vault-for-mtls-details.js
var require_update_registered_vault_for_mtls_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/update-registered-vault-for-mtls-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.UpdateRegisteredVaultForMtlsDetails = void 0;
    var UpdateRegisteredVaultForMtlsDetails;
    (function(UpdateRegisteredVaultForMtlsDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateRegisteredVaultForMtlsDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateRegisteredVaultForMtlsDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(UpdateRegisteredVaultForMtlsDetails = exports.UpdateRegisteredVaultForMtlsDetails || (exports.UpdateRegisteredVaultForMtlsDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/update-vault-details.js
var require_update_vault_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/update-vault-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.UpdateVaultDetails = void 0;
    var UpdateVaultDetails;
    (function(UpdateVaultDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateVaultDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateVaultDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(UpdateVaultDetails = exports.UpdateVaultDetails || (exports.UpdateVaultDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/upload-partition-certificates-details.js
var require_upload_partition_certificates_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/upload-partition-certificates-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.UploadPartitionCertificatesDetails = void 0;
    var UploadPartitionCertificatesDetails;
    (function(UploadPartitionCertificatesDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UploadPartitionCertificatesDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UploadPartitionCertificatesDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(UploadPartitionCertificatesDetails = exports.UploadPartitionCertificatesDetails || (exports.UploadPartitionCertificatesDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/vault.js
var require_vault = __commonJS({
  "node_modules/oci-keymanagement/lib/model/vault.js"(exports) {
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
    exports.Vault = void 0;
    var model = __importStar(require_model());
    var Vault;
    (function(Vault2) {
      let LifecycleState;
      (function(LifecycleState2) {
        LifecycleState2["Creating"] = "CREATING";
        LifecycleState2["Active"] = "ACTIVE";
        LifecycleState2["Deleting"] = "DELETING";
        LifecycleState2["Deleted"] = "DELETED";
        LifecycleState2["PendingDeletion"] = "PENDING_DELETION";
        LifecycleState2["SchedulingDeletion"] = "SCHEDULING_DELETION";
        LifecycleState2["CancellingDeletion"] = "CANCELLING_DELETION";
        LifecycleState2["Updating"] = "UPDATING";
        LifecycleState2["BackupInProgress"] = "BACKUP_IN_PROGRESS";
        LifecycleState2["Restoring"] = "RESTORING";
        LifecycleState2["UnknownValue"] = "UNKNOWN_VALUE";
      })(LifecycleState = Vault2.LifecycleState || (Vault2.LifecycleState = {}));
      let VaultType;
      (function(VaultType2) {
        VaultType2["VirtualPrivate"] = "VIRTUAL_PRIVATE";
        VaultType2["Default"] = "DEFAULT";
        VaultType2["External"] = "EXTERNAL";
        VaultType2["UnknownValue"] = "UNKNOWN_VALUE";
      })(VaultType = Vault2.VaultType || (Vault2.VaultType = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "replicaDetails": obj.replicaDetails ? model.VaultReplicaDetails.getJsonObj(obj.replicaDetails) : void 0,
          "externalKeyManagerMetadataSummary": obj.externalKeyManagerMetadataSummary ? model.ExternalKeyManagerMetadataSummary.getJsonObj(obj.externalKeyManagerMetadataSummary) : void 0
        });
        return jsonObj;
      }
      Vault2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "replicaDetails": obj.replicaDetails ? model.VaultReplicaDetails.getDeserializedJsonObj(obj.replicaDetails) : void 0,
          "externalKeyManagerMetadataSummary": obj.externalKeyManagerMetadataSummary ? model.ExternalKeyManagerMetadataSummary.getDeserializedJsonObj(obj.externalKeyManagerMetadataSummary) : void 0
        });
        return jsonObj;
      }
      Vault2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(Vault = exports.Vault || (exports.Vault = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/vault-mtls-update-response.js
var require_vault_mtls_update_response = __commonJS({
  "node_modules/oci-keymanagement/lib/model/vault-mtls-update-response.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.VaultMtlsUpdateResponse = void 0;
    var VaultMtlsUpdateResponse;
    (function(VaultMtlsUpdateResponse2) {
      let Status;
      (function(Status2) {
        Status2["Creating"] = "CREATING";
        Status2["Created"] = "CREATED";
        Status2["UnknownValue"] = "UNKNOWN_VALUE";
      })(Status = VaultMtlsUpdateResponse2.Status || (VaultMtlsUpdateResponse2.Status = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      VaultMtlsUpdateResponse2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      VaultMtlsUpdateResponse2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(VaultMtlsUpdateResponse = exports.VaultMtlsUpdateResponse || (exports.VaultMtlsUpdateResponse = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/vault-replica-details.js
var require_vault_replica_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/vault-replica-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.VaultReplicaDetails = void 0;
    var VaultReplicaDetails;
    (function(VaultReplicaDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      VaultReplicaDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      VaultReplicaDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(VaultReplicaDetails = exports.VaultReplicaDetails || (exports.VaultReplicaDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/vault-replica-summary.js
var require_vault_replica_summary = __commonJS({
  "node_modules/oci-keymanagement/lib/model/vault-replica-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.VaultReplicaSummary = void 0;
    var VaultReplicaSummary;
    (function(VaultReplicaSummary2) {
      let Status;
      (function(Status2) {
        Status2["Creating"] = "CREATING";
        Status2["Created"] = "CREATED";
        Status2["Deleting"] = "DELETING";
        Status2["Deleted"] = "DELETED";
        Status2["UnknownValue"] = "UNKNOWN_VALUE";
      })(Status = VaultReplicaSummary2.Status || (VaultReplicaSummary2.Status = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      VaultReplicaSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      VaultReplicaSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(VaultReplicaSummary = exports.VaultReplicaSummary || (exports.VaultReplicaSummary = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/vault-summary.js
var require_vault_summary = __commonJS({
  "node_modules/oci-keymanagement/lib/model/vault-summary.js"(exports) {
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
    exports.VaultSummary = void 0;
    var model = __importStar(require_model());
    var VaultSummary;
    (function(VaultSummary2) {
      let LifecycleState;
      (function(LifecycleState2) {
        LifecycleState2["Creating"] = "CREATING";
        LifecycleState2["Active"] = "ACTIVE";
        LifecycleState2["Deleting"] = "DELETING";
        LifecycleState2["Deleted"] = "DELETED";
        LifecycleState2["PendingDeletion"] = "PENDING_DELETION";
        LifecycleState2["SchedulingDeletion"] = "SCHEDULING_DELETION";
        LifecycleState2["CancellingDeletion"] = "CANCELLING_DELETION";
        LifecycleState2["Updating"] = "UPDATING";
        LifecycleState2["BackupInProgress"] = "BACKUP_IN_PROGRESS";
        LifecycleState2["Restoring"] = "RESTORING";
        LifecycleState2["UnknownValue"] = "UNKNOWN_VALUE";
      })(LifecycleState = VaultSummary2.LifecycleState || (VaultSummary2.LifecycleState = {}));
      let VaultType;
      (function(VaultType2) {
        VaultType2["VirtualPrivate"] = "VIRTUAL_PRIVATE";
        VaultType2["External"] = "EXTERNAL";
        VaultType2["Default"] = "DEFAULT";
        VaultType2["UnknownValue"] = "UNKNOWN_VALUE";
      })(VaultType = VaultSummary2.VaultType || (VaultSummary2.VaultType = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "externalKeyManagerMetadataSummary": obj.externalKeyManagerMetadataSummary ? model.ExternalKeyManagerMetadataSummary.getJsonObj(obj.externalKeyManagerMetadataSummary) : void 0
        });
        return jsonObj;
      }
      VaultSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "externalKeyManagerMetadataSummary": obj.externalKeyManagerMetadataSummary ? model.ExternalKeyManagerMetadataSummary.getDeserializedJsonObj(obj.externalKeyManagerMetadataSummary) : void 0
        });
        return jsonObj;
      }
      VaultSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(VaultSummary = exports.VaultSummary || (exports.VaultSummary = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/vault-usage.js
var require_vault_usage = __commonJS({
  "node_modules/oci-keymanagement/lib/model/vault-usage.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.VaultUsage = void 0;
    var VaultUsage;
    (function(VaultUsage2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      VaultUsage2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      VaultUsage2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(VaultUsage = exports.VaultUsage || (exports.VaultUsage = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/verified-data.js
var require_verified_data = __commonJS({
  "node_modules/oci-keymanagement/lib/model/verified-data.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.VerifiedData = void 0;
    var VerifiedData;
    (function(VerifiedData2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      VerifiedData2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      VerifiedData2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(VerifiedData = exports.VerifiedData || (exports.VerifiedData = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/verify-data-details.js
var require_verify_data_details = __commonJS({
  "node_modules/oci-keymanagement/lib/model/verify-data-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.VerifyDataDetails = void 0;
    var VerifyDataDetails;
    (function(VerifyDataDetails2) {
      let MessageType;
      (function(MessageType2) {
        MessageType2["Raw"] = "RAW";
        MessageType2["Digest"] = "DIGEST";
      })(MessageType = VerifyDataDetails2.MessageType || (VerifyDataDetails2.MessageType = {}));
      let SigningAlgorithm;
      (function(SigningAlgorithm2) {
        SigningAlgorithm2["Sha224RsaPkcsPss"] = "SHA_224_RSA_PKCS_PSS";
        SigningAlgorithm2["Sha256RsaPkcsPss"] = "SHA_256_RSA_PKCS_PSS";
        SigningAlgorithm2["Sha384RsaPkcsPss"] = "SHA_384_RSA_PKCS_PSS";
        SigningAlgorithm2["Sha512RsaPkcsPss"] = "SHA_512_RSA_PKCS_PSS";
        SigningAlgorithm2["Sha224RsaPkcs1V15"] = "SHA_224_RSA_PKCS1_V1_5";
        SigningAlgorithm2["Sha256RsaPkcs1V15"] = "SHA_256_RSA_PKCS1_V1_5";
        SigningAlgorithm2["Sha384RsaPkcs1V15"] = "SHA_384_RSA_PKCS1_V1_5";
        SigningAlgorithm2["Sha512RsaPkcs1V15"] = "SHA_512_RSA_PKCS1_V1_5";
        SigningAlgorithm2["EcdsaSha256"] = "ECDSA_SHA_256";
        SigningAlgorithm2["EcdsaSha384"] = "ECDSA_SHA_384";
        SigningAlgorithm2["EcdsaSha512"] = "ECDSA_SHA_512";
      })(SigningAlgorithm = VerifyDataDetails2.SigningAlgorithm || (VerifyDataDetails2.SigningAlgorithm = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      VerifyDataDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      VerifyDataDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(VerifyDataDetails = exports.VerifyDataDetails || (exports.VerifyDataDetails = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/wrapped-import-key.js
var require_wrapped_import_key = __commonJS({
  "node_modules/oci-keymanagement/lib/model/wrapped-import-key.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.WrappedImportKey = void 0;
    var WrappedImportKey;
    (function(WrappedImportKey2) {
      let WrappingAlgorithm;
      (function(WrappingAlgorithm2) {
        WrappingAlgorithm2["RsaOaepSha256"] = "RSA_OAEP_SHA256";
        WrappingAlgorithm2["RsaOaepAesSha256"] = "RSA_OAEP_AES_SHA256";
      })(WrappingAlgorithm = WrappedImportKey2.WrappingAlgorithm || (WrappedImportKey2.WrappingAlgorithm = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      WrappedImportKey2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      WrappedImportKey2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(WrappedImportKey = exports.WrappedImportKey || (exports.WrappedImportKey = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/wrapping-key.js
var require_wrapping_key = __commonJS({
  "node_modules/oci-keymanagement/lib/model/wrapping-key.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.WrappingKey = void 0;
    var WrappingKey;
    (function(WrappingKey2) {
      let LifecycleState;
      (function(LifecycleState2) {
        LifecycleState2["Creating"] = "CREATING";
        LifecycleState2["Enabling"] = "ENABLING";
        LifecycleState2["Enabled"] = "ENABLED";
        LifecycleState2["Disabling"] = "DISABLING";
        LifecycleState2["Disabled"] = "DISABLED";
        LifecycleState2["Deleting"] = "DELETING";
        LifecycleState2["Deleted"] = "DELETED";
        LifecycleState2["PendingDeletion"] = "PENDING_DELETION";
        LifecycleState2["SchedulingDeletion"] = "SCHEDULING_DELETION";
        LifecycleState2["CancellingDeletion"] = "CANCELLING_DELETION";
        LifecycleState2["Updating"] = "UPDATING";
        LifecycleState2["BackupInProgress"] = "BACKUP_IN_PROGRESS";
        LifecycleState2["Restoring"] = "RESTORING";
        LifecycleState2["UnknownValue"] = "UNKNOWN_VALUE";
      })(LifecycleState = WrappingKey2.LifecycleState || (WrappingKey2.LifecycleState = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      WrappingKey2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      WrappingKey2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(WrappingKey = exports.WrappingKey || (exports.WrappingKey = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/backup-location-bucket.js
var require_backup_location_bucket = __commonJS({
  "node_modules/oci-keymanagement/lib/model/backup-location-bucket.js"(exports) {
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
    exports.BackupLocationBucket = void 0;
    var model = __importStar(require_model());
    var BackupLocationBucket;
    (function(BackupLocationBucket2) {
      function getJsonObj(obj, isParentJsonObj) {
        const jsonObj = Object.assign(Object.assign({}, isParentJsonObj ? obj : model.BackupLocation.getJsonObj(obj)), {});
        return jsonObj;
      }
      BackupLocationBucket2.getJsonObj = getJsonObj;
      BackupLocationBucket2.destination = "BUCKET";
      function getDeserializedJsonObj(obj, isParentJsonObj) {
        const jsonObj = Object.assign(Object.assign({}, isParentJsonObj ? obj : model.BackupLocation.getDeserializedJsonObj(obj)), {});
        return jsonObj;
      }
      BackupLocationBucket2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(BackupLocationBucket = exports.BackupLocationBucket || (exports.BackupLocationBucket = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/backup-location-ur-i.js
var require_backup_location_ur_i = __commonJS({
  "node_modules/oci-keymanagement/lib/model/backup-location-ur-i.js"(exports) {
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
    exports.BackupLocationURI = void 0;
    var model = __importStar(require_model());
    var BackupLocationURI;
    (function(BackupLocationURI2) {
      function getJsonObj(obj, isParentJsonObj) {
        const jsonObj = Object.assign(Object.assign({}, isParentJsonObj ? obj : model.BackupLocation.getJsonObj(obj)), {});
        return jsonObj;
      }
      BackupLocationURI2.getJsonObj = getJsonObj;
      BackupLocationURI2.destination = "PRE_AUTHENTICATED_REQUEST_URI";
      function getDeserializedJsonObj(obj, isParentJsonObj) {
        const jsonObj = Object.assign(Object.assign({}, isParentJsonObj ? obj : model.BackupLocation.getDeserializedJsonObj(obj)), {});
        return jsonObj;
      }
      BackupLocationURI2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(BackupLocationURI = exports.BackupLocationURI || (exports.BackupLocationURI = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/replica-external-vault-metadata.js
var require_replica_external_vault_metadata = __commonJS({
  "node_modules/oci-keymanagement/lib/model/replica-external-vault-metadata.js"(exports) {
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
    exports.ReplicaExternalVaultMetadata = void 0;
    var model = __importStar(require_model());
    var ReplicaExternalVaultMetadata;
    (function(ReplicaExternalVaultMetadata2) {
      function getJsonObj(obj, isParentJsonObj) {
        const jsonObj = Object.assign(Object.assign({}, isParentJsonObj ? obj : model.ReplicaVaultMetadata.getJsonObj(obj)), {});
        return jsonObj;
      }
      ReplicaExternalVaultMetadata2.getJsonObj = getJsonObj;
      ReplicaExternalVaultMetadata2.vaultType = "EXTERNAL";
      function getDeserializedJsonObj(obj, isParentJsonObj) {
        const jsonObj = Object.assign(Object.assign({}, isParentJsonObj ? obj : model.ReplicaVaultMetadata.getDeserializedJsonObj(obj)), {});
        return jsonObj;
      }
      ReplicaExternalVaultMetadata2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ReplicaExternalVaultMetadata = exports.ReplicaExternalVaultMetadata || (exports.ReplicaExternalVaultMetadata = {}));
  }
});

// node_modules/oci-keymanagement/lib/model/index.js
var require_model = __commonJS({
  "node_modules/oci-keymanagement/lib/model/index.js"(exports) {
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
    exports.KeyVersionSummary = exports.KeyVersionReplicaDetails = exports.KeyVersion = exports.KeySummary = exports.KeyShape = exports.KeyReplicaDetails = exports.Key = exports.InitiateAuditLoggingDetails = exports.ImportKeyVersionDetails = exports.ImportKeyDetails = exports.HsmPartitionSummary = exports.HsmPartitionCollection = exports.HsmPartition = exports.HsmClusterSummary = exports.HsmClusterPendingInstructions = exports.HsmClusterPendingCreateDynamicGroup = exports.HsmClusterCollection = exports.HsmClusterAuditLoggingInfo = exports.HsmCluster = exports.GeneratedKey = exports.GenerateKeyDetails = exports.ExternalKeyVersionReference = exports.ExternalKeyReferenceDetails = exports.ExternalKeyReference = exports.ExternalKeyManagerMetadataSummary = exports.ExternalKeyManagerMetadata = exports.ExportedKeyData = exports.ExportKeyDetails = exports.EncryptedData = exports.EncryptDataDetails = exports.EnableAuditMgmtLogging = exports.EkmsPrivateEndpointSummary = exports.EkmsPrivateEndpoint = exports.DeleteVaultReplicaDetails = exports.DecryptedData = exports.DecryptDataDetails = exports.CreateVaultReplicaDetails = exports.CreateVaultDetails = exports.CreateKeyDetails = exports.CreateHsmClusterDetails = exports.CreateEkmsPrivateEndpointDetails = exports.ChangeVaultCompartmentDetails = exports.ChangeKeyCompartmentDetails = exports.ChangeHsmClusterCompartmentDetails = exports.BackupVaultDetails = exports.BackupLocation = exports.BackupKeyDetails = exports.AutoKeyRotationDetails = exports.AuditLoggingConfig = exports.AuditLogging = void 0;
    exports.ReplicaExternalVaultMetadata = exports.BackupLocationURI = exports.BackupLocationBucket = exports.WrappingKey = exports.WrappedImportKey = exports.VerifyDataDetails = exports.VerifiedData = exports.VaultUsage = exports.VaultSummary = exports.VaultReplicaSummary = exports.VaultReplicaDetails = exports.VaultMtlsUpdateResponse = exports.Vault = exports.UploadPartitionCertificatesDetails = exports.UpdateVaultDetails = exports.UpdateRegisteredVaultForMtlsDetails = exports.UpdateKeyDetails = exports.UpdateHsmClusterDetails = exports.UpdateEkmsPrivateEndpointDetails = exports.UpdateAuditLoggingDestinationDetails = exports.SignedData = exports.SignDataDetails = exports.ScheduleVaultDeletionDetails = exports.ScheduleKeyVersionDeletionDetails = exports.ScheduleKeyDeletionDetails = exports.ScheduleHsmClusterDeletionDetails = exports.RestoreVaultFromObjectStoreDetails = exports.RestoreKeyFromObjectStoreDetails = exports.ReplicationStatusDetails = exports.ReplicaVaultMetadata = exports.ReplicaDetails = exports.PreCoUserCredentials = exports.PortInformation = exports.OauthMetadataSummary = exports.OauthMetadata = void 0;
    var AuditLogging = __importStar(require_audit_logging());
    exports.AuditLogging = AuditLogging.AuditLogging;
    var AuditLoggingConfig = __importStar(require_audit_logging_config());
    exports.AuditLoggingConfig = AuditLoggingConfig.AuditLoggingConfig;
    var AutoKeyRotationDetails = __importStar(require_auto_key_rotation_details());
    exports.AutoKeyRotationDetails = AutoKeyRotationDetails.AutoKeyRotationDetails;
    var BackupKeyDetails = __importStar(require_backup_key_details());
    exports.BackupKeyDetails = BackupKeyDetails.BackupKeyDetails;
    var BackupLocation = __importStar(require_backup_location());
    exports.BackupLocation = BackupLocation.BackupLocation;
    var BackupVaultDetails = __importStar(require_backup_vault_details());
    exports.BackupVaultDetails = BackupVaultDetails.BackupVaultDetails;
    var ChangeHsmClusterCompartmentDetails = __importStar(require_change_hsm_cluster_compartment_details());
    exports.ChangeHsmClusterCompartmentDetails = ChangeHsmClusterCompartmentDetails.ChangeHsmClusterCompartmentDetails;
    var ChangeKeyCompartmentDetails = __importStar(require_change_key_compartment_details());
    exports.ChangeKeyCompartmentDetails = ChangeKeyCompartmentDetails.ChangeKeyCompartmentDetails;
    var ChangeVaultCompartmentDetails = __importStar(require_change_vault_compartment_details());
    exports.ChangeVaultCompartmentDetails = ChangeVaultCompartmentDetails.ChangeVaultCompartmentDetails;
    var CreateEkmsPrivateEndpointDetails = __importStar(require_create_ekms_private_endpoint_details());
    exports.CreateEkmsPrivateEndpointDetails = CreateEkmsPrivateEndpointDetails.CreateEkmsPrivateEndpointDetails;
    var CreateHsmClusterDetails = __importStar(require_create_hsm_cluster_details());
    exports.CreateHsmClusterDetails = CreateHsmClusterDetails.CreateHsmClusterDetails;
    var CreateKeyDetails = __importStar(require_create_key_details());
    exports.CreateKeyDetails = CreateKeyDetails.CreateKeyDetails;
    var CreateVaultDetails = __importStar(require_create_vault_details());
    exports.CreateVaultDetails = CreateVaultDetails.CreateVaultDetails;
    var CreateVaultReplicaDetails = __importStar(require_create_vault_replica_details());
    exports.CreateVaultReplicaDetails = CreateVaultReplicaDetails.CreateVaultReplicaDetails;
    var DecryptDataDetails = __importStar(require_decrypt_data_details());
    exports.DecryptDataDetails = DecryptDataDetails.DecryptDataDetails;
    var DecryptedData = __importStar(require_decrypted_data());
    exports.DecryptedData = DecryptedData.DecryptedData;
    var DeleteVaultReplicaDetails = __importStar(require_delete_vault_replica_details());
    exports.DeleteVaultReplicaDetails = DeleteVaultReplicaDetails.DeleteVaultReplicaDetails;
    var EkmsPrivateEndpoint = __importStar(require_ekms_private_endpoint());
    exports.EkmsPrivateEndpoint = EkmsPrivateEndpoint.EkmsPrivateEndpoint;
    var EkmsPrivateEndpointSummary = __importStar(require_ekms_private_endpoint_summary());
    exports.EkmsPrivateEndpointSummary = EkmsPrivateEndpointSummary.EkmsPrivateEndpointSummary;
    var EnableAuditMgmtLogging = __importStar(require_enable_audit_mgmt_logging());
    exports.EnableAuditMgmtLogging = EnableAuditMgmtLogging.EnableAuditMgmtLogging;
    var EncryptDataDetails = __importStar(require_encrypt_data_details());
    exports.EncryptDataDetails = EncryptDataDetails.EncryptDataDetails;
    var EncryptedData = __importStar(require_encrypted_data());
    exports.EncryptedData = EncryptedData.EncryptedData;
    var ExportKeyDetails = __importStar(require_export_key_details());
    exports.ExportKeyDetails = ExportKeyDetails.ExportKeyDetails;
    var ExportedKeyData = __importStar(require_exported_key_data());
    exports.ExportedKeyData = ExportedKeyData.ExportedKeyData;
    var ExternalKeyManagerMetadata = __importStar(require_external_key_manager_metadata());
    exports.ExternalKeyManagerMetadata = ExternalKeyManagerMetadata.ExternalKeyManagerMetadata;
    var ExternalKeyManagerMetadataSummary = __importStar(require_external_key_manager_metadata_summary());
    exports.ExternalKeyManagerMetadataSummary = ExternalKeyManagerMetadataSummary.ExternalKeyManagerMetadataSummary;
    var ExternalKeyReference = __importStar(require_external_key_reference());
    exports.ExternalKeyReference = ExternalKeyReference.ExternalKeyReference;
    var ExternalKeyReferenceDetails = __importStar(require_external_key_reference_details());
    exports.ExternalKeyReferenceDetails = ExternalKeyReferenceDetails.ExternalKeyReferenceDetails;
    var ExternalKeyVersionReference = __importStar(require_external_key_version_reference());
    exports.ExternalKeyVersionReference = ExternalKeyVersionReference.ExternalKeyVersionReference;
    var GenerateKeyDetails = __importStar(require_generate_key_details());
    exports.GenerateKeyDetails = GenerateKeyDetails.GenerateKeyDetails;
    var GeneratedKey = __importStar(require_generated_key());
    exports.GeneratedKey = GeneratedKey.GeneratedKey;
    var HsmCluster = __importStar(require_hsm_cluster());
    exports.HsmCluster = HsmCluster.HsmCluster;
    var HsmClusterAuditLoggingInfo = __importStar(require_hsm_cluster_audit_logging_info());
    exports.HsmClusterAuditLoggingInfo = HsmClusterAuditLoggingInfo.HsmClusterAuditLoggingInfo;
    var HsmClusterCollection = __importStar(require_hsm_cluster_collection());
    exports.HsmClusterCollection = HsmClusterCollection.HsmClusterCollection;
    var HsmClusterPendingCreateDynamicGroup = __importStar(require_hsm_cluster_pending_create_dynamic_group());
    exports.HsmClusterPendingCreateDynamicGroup = HsmClusterPendingCreateDynamicGroup.HsmClusterPendingCreateDynamicGroup;
    var HsmClusterPendingInstructions = __importStar(require_hsm_cluster_pending_instructions());
    exports.HsmClusterPendingInstructions = HsmClusterPendingInstructions.HsmClusterPendingInstructions;
    var HsmClusterSummary = __importStar(require_hsm_cluster_summary());
    exports.HsmClusterSummary = HsmClusterSummary.HsmClusterSummary;
    var HsmPartition = __importStar(require_hsm_partition());
    exports.HsmPartition = HsmPartition.HsmPartition;
    var HsmPartitionCollection = __importStar(require_hsm_partition_collection());
    exports.HsmPartitionCollection = HsmPartitionCollection.HsmPartitionCollection;
    var HsmPartitionSummary = __importStar(require_hsm_partition_summary());
    exports.HsmPartitionSummary = HsmPartitionSummary.HsmPartitionSummary;
    var ImportKeyDetails = __importStar(require_import_key_details());
    exports.ImportKeyDetails = ImportKeyDetails.ImportKeyDetails;
    var ImportKeyVersionDetails = __importStar(require_import_key_version_details());
    exports.ImportKeyVersionDetails = ImportKeyVersionDetails.ImportKeyVersionDetails;
    var InitiateAuditLoggingDetails = __importStar(require_initiate_audit_logging_details());
    exports.InitiateAuditLoggingDetails = InitiateAuditLoggingDetails.InitiateAuditLoggingDetails;
    var Key = __importStar(require_key());
    exports.Key = Key.Key;
    var KeyReplicaDetails = __importStar(require_key_replica_details());
    exports.KeyReplicaDetails = KeyReplicaDetails.KeyReplicaDetails;
    var KeyShape = __importStar(require_key_shape());
    exports.KeyShape = KeyShape.KeyShape;
    var KeySummary = __importStar(require_key_summary());
    exports.KeySummary = KeySummary.KeySummary;
    var KeyVersion = __importStar(require_key_version());
    exports.KeyVersion = KeyVersion.KeyVersion;
    var KeyVersionReplicaDetails = __importStar(require_key_version_replica_details());
    exports.KeyVersionReplicaDetails = KeyVersionReplicaDetails.KeyVersionReplicaDetails;
    var KeyVersionSummary = __importStar(require_key_version_summary());
    exports.KeyVersionSummary = KeyVersionSummary.KeyVersionSummary;
    var OauthMetadata = __importStar(require_oauth_metadata());
    exports.OauthMetadata = OauthMetadata.OauthMetadata;
    var OauthMetadataSummary = __importStar(require_oauth_metadata_summary());
    exports.OauthMetadataSummary = OauthMetadataSummary.OauthMetadataSummary;
    var PortInformation = __importStar(require_port_information());
    exports.PortInformation = PortInformation.PortInformation;
    var PreCoUserCredentials = __importStar(require_pre_co_user_credentials());
    exports.PreCoUserCredentials = PreCoUserCredentials.PreCoUserCredentials;
    var ReplicaDetails = __importStar(require_replica_details());
    exports.ReplicaDetails = ReplicaDetails.ReplicaDetails;
    var ReplicaVaultMetadata = __importStar(require_replica_vault_metadata());
    exports.ReplicaVaultMetadata = ReplicaVaultMetadata.ReplicaVaultMetadata;
    var ReplicationStatusDetails = __importStar(require_replication_status_details());
    exports.ReplicationStatusDetails = ReplicationStatusDetails.ReplicationStatusDetails;
    var RestoreKeyFromObjectStoreDetails = __importStar(require_restore_key_from_object_store_details());
    exports.RestoreKeyFromObjectStoreDetails = RestoreKeyFromObjectStoreDetails.RestoreKeyFromObjectStoreDetails;
    var RestoreVaultFromObjectStoreDetails = __importStar(require_restore_vault_from_object_store_details());
    exports.RestoreVaultFromObjectStoreDetails = RestoreVaultFromObjectStoreDetails.RestoreVaultFromObjectStoreDetails;
    var ScheduleHsmClusterDeletionDetails = __importStar(require_schedule_hsm_cluster_deletion_details());
    exports.ScheduleHsmClusterDeletionDetails = ScheduleHsmClusterDeletionDetails.ScheduleHsmClusterDeletionDetails;
    var ScheduleKeyDeletionDetails = __importStar(require_schedule_key_deletion_details());
    exports.ScheduleKeyDeletionDetails = ScheduleKeyDeletionDetails.ScheduleKeyDeletionDetails;
    var ScheduleKeyVersionDeletionDetails = __importStar(require_schedule_key_version_deletion_details());
    exports.ScheduleKeyVersionDeletionDetails = ScheduleKeyVersionDeletionDetails.ScheduleKeyVersionDeletionDetails;
    var ScheduleVaultDeletionDetails = __importStar(require_schedule_vault_deletion_details());
    exports.ScheduleVaultDeletionDetails = ScheduleVaultDeletionDetails.ScheduleVaultDeletionDetails;
    var SignDataDetails = __importStar(require_sign_data_details());
    exports.SignDataDetails = SignDataDetails.SignDataDetails;
    var SignedData = __importStar(require_signed_data());
    exports.SignedData = SignedData.SignedData;
    var UpdateAuditLoggingDestinationDetails = __importStar(require_update_audit_logging_destination_details());
    exports.UpdateAuditLoggingDestinationDetails = UpdateAuditLoggingDestinationDetails.UpdateAuditLoggingDestinationDetails;
    var UpdateEkmsPrivateEndpointDetails = __importStar(require_update_ekms_private_endpoint_details());
    exports.UpdateEkmsPrivateEndpointDetails = UpdateEkmsPrivateEndpointDetails.UpdateEkmsPrivateEndpointDetails;
    var UpdateHsmClusterDetails = __importStar(require_update_hsm_cluster_details());
    exports.UpdateHsmClusterDetails = UpdateHsmClusterDetails.UpdateHsmClusterDetails;
    var UpdateKeyDetails = __importStar(require_update_key_details());
    exports.UpdateKeyDetails = UpdateKeyDetails.UpdateKeyDetails;
    var UpdateRegisteredVaultForMtlsDetails = __importStar(require_update_registered_vault_for_mtls_details());
    exports.UpdateRegisteredVaultForMtlsDetails = UpdateRegisteredVaultForMtlsDetails.UpdateRegisteredVaultForMtlsDetails;
    var UpdateVaultDetails = __importStar(require_update_vault_details());
    exports.UpdateVaultDetails = UpdateVaultDetails.UpdateVaultDetails;
    var UploadPartitionCertificatesDetails = __importStar(require_upload_partition_certificates_details());
    exports.UploadPartitionCertificatesDetails = UploadPartitionCertificatesDetails.UploadPartitionCertificatesDetails;
    var Vault = __importStar(require_vault());
    exports.Vault = Vault.Vault;
    var VaultMtlsUpdateResponse = __importStar(require_vault_mtls_update_response());
    exports.VaultMtlsUpdateResponse = VaultMtlsUpdateResponse.VaultMtlsUpdateResponse;
    var VaultReplicaDetails = __importStar(require_vault_replica_details());
    exports.VaultReplicaDetails = VaultReplicaDetails.VaultReplicaDetails;
    var VaultReplicaSummary = __importStar(require_vault_replica_summary());
    exports.VaultReplicaSummary = VaultReplicaSummary.VaultReplicaSummary;
    var VaultSummary = __importStar(require_vault_summary());
    exports.VaultSummary = VaultSummary.VaultSummary;
    var VaultUsage = __importStar(require_vault_usage());
    exports.VaultUsage = VaultUsage.VaultUsage;
    var VerifiedData = __importStar(require_verified_data());
    exports.VerifiedData = VerifiedData.VerifiedData;
    var VerifyDataDetails = __importStar(require_verify_data_details());
    exports.VerifyDataDetails = VerifyDataDetails.VerifyDataDetails;
    var WrappedImportKey = __importStar(require_wrapped_import_key());
    exports.WrappedImportKey = WrappedImportKey.WrappedImportKey;
    var WrappingKey = __importStar(require_wrapping_key());
    exports.WrappingKey = WrappingKey.WrappingKey;
    var BackupLocationBucket = __importStar(require_backup_location_bucket());
    exports.BackupLocationBucket = BackupLocationBucket.BackupLocationBucket;
    var BackupLocationURI = __importStar(require_backup_location_ur_i());
    exports.BackupLocationURI = BackupLocationURI.BackupLocationURI;
    var ReplicaExternalVaultMetadata = __importStar(require_replica_external_vault_metadata());
    exports.ReplicaExternalVaultMetadata = ReplicaExternalVaultMetadata.ReplicaExternalVaultMetadata;
  }
});

// node_modules/oci-keymanagement/lib/response/index.js
var require_response = __commonJS({
  "node_modules/oci-keymanagement/lib/response/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/oci-keymanagement/lib/ekm-waiter.js
var require_ekm_waiter = __commonJS({
  "node_modules/oci-keymanagement/lib/ekm-waiter.js"(exports) {
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
    exports.EkmWaiter = void 0;
    var models = __importStar(require_model());
    var oci_common_1 = require_oci_common();
    var EkmWaiter = class {
      constructor(client, config) {
        this.client = client;
        this.config = config;
      }
      /**
       * Waits forEkmsPrivateEndpoint till it reaches any of the provided states
       *
       * @param request the request to send
       * @param targetStates the desired states to wait for. The waiter will return once the resource reaches any of the provided states
       * @return response returns GetEkmsPrivateEndpointResponse | null (null in case of 404 response)
       */
      forEkmsPrivateEndpoint(request, ...targetStates) {
        return __awaiter(this, void 0, void 0, function* () {
          return oci_common_1.genericTerminalConditionWaiter(this.config, () => this.client.getEkmsPrivateEndpoint(request), (response) => targetStates.includes(response.ekmsPrivateEndpoint.lifecycleState), targetStates.includes(models.EkmsPrivateEndpoint.LifecycleState.Deleted));
        });
      }
    };
    exports.EkmWaiter = EkmWaiter;
  }
});

// node_modules/oci-keymanagement/lib/kmshsmcluster-waiter.js
var require_kmshsmcluster_waiter = __commonJS({
  "node_modules/oci-keymanagement/lib/kmshsmcluster-waiter.js"(exports) {
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
    exports.KmsHsmClusterWaiter = void 0;
    var models = __importStar(require_model());
    var oci_common_1 = require_oci_common();
    var KmsHsmClusterWaiter = class {
      constructor(client, config) {
        this.client = client;
        this.config = config;
      }
      /**
       * Waits forHsmCluster till it reaches any of the provided states
       *
       * @param request the request to send
       * @param targetStates the desired states to wait for. The waiter will return once the resource reaches any of the provided states
       * @return response returns GetHsmClusterResponse | null (null in case of 404 response)
       */
      forHsmCluster(request, ...targetStates) {
        return __awaiter(this, void 0, void 0, function* () {
          return oci_common_1.genericTerminalConditionWaiter(this.config, () => this.client.getHsmCluster(request), (response) => targetStates.includes(response.hsmCluster.lifecycleState), targetStates.includes(models.HsmCluster.LifecycleState.Deleted));
        });
      }
      /**
       * Waits forHsmPartition till it reaches any of the provided states
       *
       * @param request the request to send
       * @param targetStates the desired states to wait for. The waiter will return once the resource reaches any of the provided states
       * @return response returns GetHsmPartitionResponse | null (null in case of 404 response)
       */
      forHsmPartition(request, ...targetStates) {
        return __awaiter(this, void 0, void 0, function* () {
          return oci_common_1.genericTerminalConditionWaiter(this.config, () => this.client.getHsmPartition(request), (response) => targetStates.includes(response.hsmPartition.lifecycleState), targetStates.includes(models.HsmPartition.LifecycleState.Deleted));
        });
      }
    };
    exports.KmsHsmClusterWaiter = KmsHsmClusterWaiter;
  }
});

// node_modules/oci-keymanagement/lib/kmsmanagement-waiter.js
var require_kmsmanagement_waiter = __commonJS({
  "node_modules/oci-keymanagement/lib/kmsmanagement-waiter.js"(exports) {
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
    exports.KmsManagementWaiter = void 0;
    var models = __importStar(require_model());
    var oci_common_1 = require_oci_common();
    var KmsManagementWaiter = class {
      constructor(client, config) {
        this.client = client;
        this.config = config;
      }
      /**
       * Waits forKey till it reaches any of the provided states
       *
       * @param request the request to send
       * @param targetStates the desired states to wait for. The waiter will return once the resource reaches any of the provided states
       * @return response returns GetKeyResponse | null (null in case of 404 response)
       */
      forKey(request, ...targetStates) {
        return __awaiter(this, void 0, void 0, function* () {
          return oci_common_1.genericTerminalConditionWaiter(this.config, () => this.client.getKey(request), (response) => targetStates.includes(response.key.lifecycleState), targetStates.includes(models.Key.LifecycleState.Deleted));
        });
      }
      /**
       * Waits forKeyVersion till it reaches any of the provided states
       *
       * @param request the request to send
       * @param targetStates the desired states to wait for. The waiter will return once the resource reaches any of the provided states
       * @return response returns GetKeyVersionResponse | null (null in case of 404 response)
       */
      forKeyVersion(request, ...targetStates) {
        return __awaiter(this, void 0, void 0, function* () {
          return oci_common_1.genericTerminalConditionWaiter(this.config, () => this.client.getKeyVersion(request), (response) => targetStates.includes(response.keyVersion.lifecycleState), targetStates.includes(models.KeyVersion.LifecycleState.Deleted));
        });
      }
      /**
       * Waits forWrappingKey till it reaches any of the provided states
       *
       * @param request the request to send
       * @param targetStates the desired states to wait for. The waiter will return once the resource reaches any of the provided states
       * @return response returns GetWrappingKeyResponse | null (null in case of 404 response)
       */
      forWrappingKey(request, ...targetStates) {
        return __awaiter(this, void 0, void 0, function* () {
          return oci_common_1.genericTerminalConditionWaiter(this.config, () => this.client.getWrappingKey(request), (response) => targetStates.includes(response.wrappingKey.lifecycleState), targetStates.includes(models.WrappingKey.LifecycleState.Deleted));
        });
      }
    };
    exports.KmsManagementWaiter = KmsManagementWaiter;
  }
});

// node_modules/oci-keymanagement/lib/kmsvault-waiter.js
var require_kmsvault_waiter = __commonJS({
  "node_modules/oci-keymanagement/lib/kmsvault-waiter.js"(exports) {
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
    exports.KmsVaultWaiter = void 0;
    var models = __importStar(require_model());
    var oci_common_1 = require_oci_common();
    var KmsVaultWaiter = class {
      constructor(client, config) {
        this.client = client;
        this.config = config;
      }
      /**
       * Waits forVault till it reaches any of the provided states
       *
       * @param request the request to send
       * @param targetStates the desired states to wait for. The waiter will return once the resource reaches any of the provided states
       * @return response returns GetVaultResponse | null (null in case of 404 response)
       */
      forVault(request, ...targetStates) {
        return __awaiter(this, void 0, void 0, function* () {
          return oci_common_1.genericTerminalConditionWaiter(this.config, () => this.client.getVault(request), (response) => targetStates.includes(response.vault.lifecycleState), targetStates.includes(models.Vault.LifecycleState.Deleted));
        });
      }
    };
    exports.KmsVaultWaiter = KmsVaultWaiter;
  }
});

// node_modules/oci-keymanagement/lib/client.js
var require_client = __commonJS({
  "node_modules/oci-keymanagement/lib/client.js"(exports) {
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
    exports.KmsVaultClient = exports.KmsVaultApiKeys = exports.KmsManagementClient = exports.KmsManagementApiKeys = exports.KmsHsmClusterClient = exports.KmsHsmClusterApiKeys = exports.KmsCryptoClient = exports.KmsCryptoApiKeys = exports.EkmClient = exports.EkmApiKeys = void 0;
    var common2 = require_oci_common();
    var model = __importStar(require_model());
    var oci_common_1 = require_oci_common();
    var ekm_waiter_1 = require_ekm_waiter();
    var kmshsmcluster_waiter_1 = require_kmshsmcluster_waiter();
    var kmsmanagement_waiter_1 = require_kmsmanagement_waiter();
    var kmsvault_waiter_1 = require_kmsvault_waiter();
    var oci_common_2 = require_oci_common();
    var Breaker = require_opossum();
    var EkmApiKeys;
    /* @__PURE__ */ (function(EkmApiKeys2) {
    })(EkmApiKeys = exports.EkmApiKeys || (exports.EkmApiKeys = {}));
    var EkmClient = class _EkmClient {
      constructor(params, clientConfiguration) {
        this["_realmSpecificEndpointTemplateEnabled"] = void 0;
        this["_endpoint"] = "";
        this["_defaultHeaders"] = {};
        this._circuitBreaker = null;
        this._httpOptions = void 0;
        this._bodyDuplexMode = void 0;
        this.targetService = "Ekm";
        this._regionId = "";
        this._lastSetRegionOrRegionId = "";
        const requestSigner = params.authenticationDetailsProvider ? new common2.DefaultRequestSigner(params.authenticationDetailsProvider) : null;
        this._authProvider = params.authenticationDetailsProvider;
        if (clientConfiguration) {
          this._clientConfiguration = clientConfiguration;
          this._circuitBreaker = clientConfiguration.circuitBreaker ? clientConfiguration.circuitBreaker.circuit : null;
          this._httpOptions = clientConfiguration.httpOptions ? clientConfiguration.httpOptions : void 0;
          this._bodyDuplexMode = clientConfiguration.bodyDuplexMode ? clientConfiguration.bodyDuplexMode : void 0;
        }
        if (!oci_common_2.developerToolConfiguration.isServiceEnabled("keymanagement")) {
          let errmsg = "The developerToolConfiguration configuration disabled this service, this behavior is controlled by developerToolConfiguration.ociEnabledServiceSet variable. Please check if your local developer_tool_configuration file has configured the service you're targeting or contact the cloud provider on the availability of this service : ";
          throw errmsg.concat("keymanagement");
        }
        const specCircuitBreakerEnabled = true;
        if (!this._circuitBreaker && common2.utils.isCircuitBreakerSystemEnabled(clientConfiguration) && (specCircuitBreakerEnabled || common2.CircuitBreaker.DefaultCircuitBreakerOverriden)) {
          this._circuitBreaker = new common2.CircuitBreaker().circuit;
        }
        this._httpClient = params.httpClient || new common2.FetchHttpClient(requestSigner, this._circuitBreaker, this._httpOptions, this._bodyDuplexMode);
        if (params.authenticationDetailsProvider && common2.isRegionProvider(params.authenticationDetailsProvider)) {
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
        if (this.logger)
          this.logger.info(`EkmClient endpoint set to ${this._endpoint}`);
      }
      get logger() {
        return common2.LOG.logger;
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
        if (this._lastSetRegionOrRegionId === common2.Region.REGION_STRING) {
          this.endpoint = common2.EndpointBuilder.createEndpointFromRegion(_EkmClient.serviceEndpointTemplate, this._region, _EkmClient.endpointServiceName);
        } else if (this._lastSetRegionOrRegionId === common2.Region.REGION_ID_STRING) {
          this.endpoint = common2.EndpointBuilder.createEndpointFromRegionId(_EkmClient.serviceEndpointTemplate, this._regionId, _EkmClient.endpointServiceName);
        }
      }
      /**
       * Sets the region to call (ex, Region.US_PHOENIX_1).
       * Note, this will call {@link #endpoint(String) endpoint} after resolving the endpoint.
       * @param region The region of the service.
       */
      set region(region) {
        this._region = region;
        this.endpoint = common2.EndpointBuilder.createEndpointFromRegion(_EkmClient.serviceEndpointTemplate, region, _EkmClient.endpointServiceName);
        this._lastSetRegionOrRegionId = common2.Region.REGION_STRING;
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
        this.endpoint = common2.EndpointBuilder.createEndpointFromRegionId(_EkmClient.serviceEndpointTemplate, regionId, _EkmClient.endpointServiceName);
        this._lastSetRegionOrRegionId = common2.Region.REGION_ID_STRING;
      }
      /**
       * Creates a new EkmWaiter for resources for this service.
       *
       * @param config The waiter configuration for termination and delay strategy
       * @return The service waiters.
       */
      createWaiters(config) {
        this._waiters = new ekm_waiter_1.EkmWaiter(this, config);
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
          if (this._authProvider instanceof common2.AbstractRequestingAuthenticationDetailsProvider)
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
       * Create a new EKMS private endpoint used to connect to external key manager system
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param CreateEkmsPrivateEndpointRequest
       * @return CreateEkmsPrivateEndpointResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/CreateEkmsPrivateEndpoint.ts.html |here} to see how to use CreateEkmsPrivateEndpoint API.
       */
      createEkmsPrivateEndpoint(createEkmsPrivateEndpointRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation EkmClient#createEkmsPrivateEndpoint.");
          const operationName = "createEkmsPrivateEndpoint";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/EkmsPrivateEndpoint/CreateEkmsPrivateEndpoint";
          const pathParams = {};
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": createEkmsPrivateEndpointRequest.opcRequestId,
            "opc-retry-token": createEkmsPrivateEndpointRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, createEkmsPrivateEndpointRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/ekmsPrivateEndpoints",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(createEkmsPrivateEndpointRequest.createEkmsPrivateEndpointDetails, "CreateEkmsPrivateEndpointDetails", model.CreateEkmsPrivateEndpointDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "ekmsPrivateEndpoint",
              bodyModel: model.EkmsPrivateEndpoint,
              type: "model.EkmsPrivateEndpoint",
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
                },
                {
                  value: response.headers.get("opc-work-request-id"),
                  key: "opcWorkRequestId",
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
       * Deletes EKMS private endpoint by identifier.
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param DeleteEkmsPrivateEndpointRequest
       * @return DeleteEkmsPrivateEndpointResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/DeleteEkmsPrivateEndpoint.ts.html |here} to see how to use DeleteEkmsPrivateEndpoint API.
       */
      deleteEkmsPrivateEndpoint(deleteEkmsPrivateEndpointRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation EkmClient#deleteEkmsPrivateEndpoint.");
          const operationName = "deleteEkmsPrivateEndpoint";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/EkmsPrivateEndpoint/DeleteEkmsPrivateEndpoint";
          const pathParams = {
            "{ekmsPrivateEndpointId}": deleteEkmsPrivateEndpointRequest.ekmsPrivateEndpointId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": deleteEkmsPrivateEndpointRequest.ifMatch,
            "opc-request-id": deleteEkmsPrivateEndpointRequest.opcRequestId
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, deleteEkmsPrivateEndpointRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/ekmsPrivateEndpoints/{ekmsPrivateEndpointId}",
            method: "DELETE",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              responseHeaders: [
                {
                  value: response.headers.get("opc-work-request-id"),
                  key: "opcWorkRequestId",
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
       * Gets a specific EKMS private by identifier.
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param GetEkmsPrivateEndpointRequest
       * @return GetEkmsPrivateEndpointResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/GetEkmsPrivateEndpoint.ts.html |here} to see how to use GetEkmsPrivateEndpoint API.
       */
      getEkmsPrivateEndpoint(getEkmsPrivateEndpointRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation EkmClient#getEkmsPrivateEndpoint.");
          const operationName = "getEkmsPrivateEndpoint";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/EkmsPrivateEndpoint/GetEkmsPrivateEndpoint";
          const pathParams = {
            "{ekmsPrivateEndpointId}": getEkmsPrivateEndpointRequest.ekmsPrivateEndpointId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": getEkmsPrivateEndpointRequest.opcRequestId
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getEkmsPrivateEndpointRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/ekmsPrivateEndpoints/{ekmsPrivateEndpointId}",
            method: "GET",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "ekmsPrivateEndpoint",
              bodyModel: model.EkmsPrivateEndpoint,
              type: "model.EkmsPrivateEndpoint",
              responseHeaders: [
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("etag"),
                  key: "etag",
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
       * Returns a list of all the EKMS private endpoints in the specified compartment.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ListEkmsPrivateEndpointsRequest
       * @return ListEkmsPrivateEndpointsResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/ListEkmsPrivateEndpoints.ts.html |here} to see how to use ListEkmsPrivateEndpoints API.
       */
      listEkmsPrivateEndpoints(listEkmsPrivateEndpointsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation EkmClient#listEkmsPrivateEndpoints.");
          const operationName = "listEkmsPrivateEndpoints";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/EkmsPrivateEndpointSummary/ListEkmsPrivateEndpoints";
          const pathParams = {};
          const queryParams = {
            "compartmentId": listEkmsPrivateEndpointsRequest.compartmentId,
            "limit": listEkmsPrivateEndpointsRequest.limit,
            "page": listEkmsPrivateEndpointsRequest.page,
            "sortOrder": listEkmsPrivateEndpointsRequest.sortOrder,
            "sortBy": listEkmsPrivateEndpointsRequest.sortBy
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": listEkmsPrivateEndpointsRequest.opcRequestId
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listEkmsPrivateEndpointsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/ekmsPrivateEndpoints",
            method: "GET",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "items",
              bodyModel: model.EkmsPrivateEndpointSummary,
              type: "Array<model.EkmsPrivateEndpointSummary>",
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
       * NOTE: This function is deprecated in favor of listEkmsPrivateEndpointsRecordIterator function.
       * Creates a new async iterator which will iterate over the models.EkmsPrivateEndpointSummary objects
       * contained in responses from the listEkmsPrivateEndpoints operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllEkmsPrivateEndpoints(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listEkmsPrivateEndpoints(req));
      }
      /**
       * NOTE: This function is deprecated in favor of listEkmsPrivateEndpointsResponseIterator function.
       * Creates a new async iterator which will iterate over the responses received from the listEkmsPrivateEndpoints operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllEkmsPrivateEndpointsResponses(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listEkmsPrivateEndpoints(req));
      }
      /**
       * Creates a new async iterator which will iterate over the models.EkmsPrivateEndpointSummary objects
       * contained in responses from the listEkmsPrivateEndpoints operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listEkmsPrivateEndpointsRecordIterator(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listEkmsPrivateEndpoints(req));
      }
      /**
       * Creates a new async iterator which will iterate over the responses received from the listEkmsPrivateEndpoints operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listEkmsPrivateEndpointsResponseIterator(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listEkmsPrivateEndpoints(req));
      }
      /**
       * Updates EKMS private endpoint.
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param UpdateEkmsPrivateEndpointRequest
       * @return UpdateEkmsPrivateEndpointResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/UpdateEkmsPrivateEndpoint.ts.html |here} to see how to use UpdateEkmsPrivateEndpoint API.
       */
      updateEkmsPrivateEndpoint(updateEkmsPrivateEndpointRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation EkmClient#updateEkmsPrivateEndpoint.");
          const operationName = "updateEkmsPrivateEndpoint";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/EkmsPrivateEndpoint/UpdateEkmsPrivateEndpoint";
          const pathParams = {
            "{ekmsPrivateEndpointId}": updateEkmsPrivateEndpointRequest.ekmsPrivateEndpointId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": updateEkmsPrivateEndpointRequest.ifMatch,
            "opc-request-id": updateEkmsPrivateEndpointRequest.opcRequestId
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, updateEkmsPrivateEndpointRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/ekmsPrivateEndpoints/{ekmsPrivateEndpointId}",
            method: "PUT",
            bodyContent: common2.ObjectSerializer.serialize(updateEkmsPrivateEndpointRequest.updateEkmsPrivateEndpointDetails, "UpdateEkmsPrivateEndpointDetails", model.UpdateEkmsPrivateEndpointDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "ekmsPrivateEndpoint",
              bodyModel: model.EkmsPrivateEndpoint,
              type: "model.EkmsPrivateEndpoint",
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
    exports.EkmClient = EkmClient;
    EkmClient.serviceEndpointTemplate = "https://kms.{region}.{secondLevelDomain}";
    EkmClient.endpointServiceName = "";
    var KmsCryptoApiKeys;
    /* @__PURE__ */ (function(KmsCryptoApiKeys2) {
    })(KmsCryptoApiKeys = exports.KmsCryptoApiKeys || (exports.KmsCryptoApiKeys = {}));
    var KmsCryptoClient2 = class {
      constructor(params, clientConfiguration) {
        this["_realmSpecificEndpointTemplateEnabled"] = void 0;
        this["_endpoint"] = "";
        this["_defaultHeaders"] = {};
        this._circuitBreaker = null;
        this._httpOptions = void 0;
        this._bodyDuplexMode = void 0;
        this.targetService = "KmsCrypto";
        const requestSigner = params.authenticationDetailsProvider ? new common2.DefaultRequestSigner(params.authenticationDetailsProvider) : null;
        this._authProvider = params.authenticationDetailsProvider;
        if (clientConfiguration) {
          this._clientConfiguration = clientConfiguration;
          this._circuitBreaker = clientConfiguration.circuitBreaker ? clientConfiguration.circuitBreaker.circuit : null;
          this._httpOptions = clientConfiguration.httpOptions ? clientConfiguration.httpOptions : void 0;
          this._bodyDuplexMode = clientConfiguration.bodyDuplexMode ? clientConfiguration.bodyDuplexMode : void 0;
        }
        if (!oci_common_2.developerToolConfiguration.isServiceEnabled("keymanagement")) {
          let errmsg = "The developerToolConfiguration configuration disabled this service, this behavior is controlled by developerToolConfiguration.ociEnabledServiceSet variable. Please check if your local developer_tool_configuration file has configured the service you're targeting or contact the cloud provider on the availability of this service : ";
          throw errmsg.concat("keymanagement");
        }
        const specCircuitBreakerEnabled = true;
        if (!this._circuitBreaker && common2.utils.isCircuitBreakerSystemEnabled(clientConfiguration) && (specCircuitBreakerEnabled || common2.CircuitBreaker.DefaultCircuitBreakerOverriden)) {
          this._circuitBreaker = new common2.CircuitBreaker().circuit;
        }
        this._httpClient = params.httpClient || new common2.FetchHttpClient(requestSigner, this._circuitBreaker, this._httpOptions, this._bodyDuplexMode);
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
        if (this.logger)
          this.logger.info(`KmsCryptoClient endpoint set to ${this._endpoint}`);
      }
      get logger() {
        return common2.LOG.logger;
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
          if (this._authProvider instanceof common2.AbstractRequestingAuthenticationDetailsProvider)
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
       * Decrypts data using the given [DecryptDataDetails](https://docs.oracle.com/iaas/api/#/en/key/latest/datatypes/DecryptDataDetails) resource.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param DecryptRequest
       * @return DecryptResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/Decrypt.ts.html |here} to see how to use Decrypt API.
       */
      decrypt(decryptRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsCryptoClient#decrypt.");
          const operationName = "decrypt";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/DecryptedData/Decrypt";
          const pathParams = {};
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": decryptRequest.opcRequestId
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, decryptRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/decrypt",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(decryptRequest.decryptDataDetails, "DecryptDataDetails", model.DecryptDataDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "decryptedData",
              bodyModel: model.DecryptedData,
              type: "model.DecryptedData",
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
       * Encrypts data using the given [EncryptDataDetails](https://docs.oracle.com/iaas/api/#/en/key/latest/datatypes/EncryptDataDetails) resource.
       * Plaintext included in the example request is a base64-encoded value of a UTF-8 string.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param EncryptRequest
       * @return EncryptResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/Encrypt.ts.html |here} to see how to use Encrypt API.
       */
      encrypt(encryptRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsCryptoClient#encrypt.");
          const operationName = "encrypt";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/EncryptedData/Encrypt";
          const pathParams = {};
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": encryptRequest.opcRequestId
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, encryptRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/encrypt",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(encryptRequest.encryptDataDetails, "EncryptDataDetails", model.EncryptDataDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "encryptedData",
              bodyModel: model.EncryptedData,
              type: "model.EncryptedData",
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
       * Exports a specific version of a master encryption key according to the details of the request. For their protection,
       * keys that you create and store on a hardware security module (HSM) can never leave the HSM. You can only export keys
       * stored on the server. For export, the key version is encrypted by an RSA public key that you provide.
       * This operation is not supported for keys having protection mode `EXTERNAL`.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ExportKeyRequest
       * @return ExportKeyResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/ExportKey.ts.html |here} to see how to use ExportKey API.
       */
      exportKey(exportKeyRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsCryptoClient#exportKey.");
          const operationName = "exportKey";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/ExportedKeyData/ExportKey";
          const pathParams = {};
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, exportKeyRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/exportKey",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(exportKeyRequest.exportKeyDetails, "ExportKeyDetails", model.ExportKeyDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "exportedKeyData",
              bodyModel: model.ExportedKeyData,
              type: "model.ExportedKeyData",
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
       * Generates a key that you can use to encrypt or decrypt data.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param GenerateDataEncryptionKeyRequest
       * @return GenerateDataEncryptionKeyResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/GenerateDataEncryptionKey.ts.html |here} to see how to use GenerateDataEncryptionKey API.
       */
      generateDataEncryptionKey(generateDataEncryptionKeyRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsCryptoClient#generateDataEncryptionKey.");
          const operationName = "generateDataEncryptionKey";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/GeneratedKey/GenerateDataEncryptionKey";
          const pathParams = {};
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": generateDataEncryptionKeyRequest.opcRequestId
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, generateDataEncryptionKeyRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/generateDataEncryptionKey",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(generateDataEncryptionKeyRequest.generateKeyDetails, "GenerateKeyDetails", model.GenerateKeyDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "generatedKey",
              bodyModel: model.GeneratedKey,
              type: "model.GeneratedKey",
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
       * Creates a digital signature for a message or message digest by using the private key of a public-private key pair,
       * also known as an asymmetric key. To verify the generated signature, you can use the [Verify](https://docs.oracle.com/iaas/api/#/en/key/latest/VerifiedData/Verify)
       * operation. Or, if you want to validate the signature outside of the service, you can do so by using the public key of the same asymmetric key.
       * This operation is not supported for keys having protection mode `EXTERNAL`.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param SignRequest
       * @return SignResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/Sign.ts.html |here} to see how to use Sign API.
       */
      sign(signRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsCryptoClient#sign.");
          const operationName = "sign";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/SignedData/Sign";
          const pathParams = {};
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": signRequest.opcRequestId
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, signRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/sign",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(signRequest.signDataDetails, "SignDataDetails", model.SignDataDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "signedData",
              bodyModel: model.SignedData,
              type: "model.SignedData",
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
       * Verifies a digital signature that was generated by the [Sign](https://docs.oracle.com/iaas/api/#/en/key/latest/SignedData/Sign) operation
       * by using the public key of the same asymmetric key that was used to sign the data. If you want to validate the
       * digital signature outside of the service, you can do so by using the public key of the asymmetric key.
       * This operation is not supported for keys having protection mode `EXTERNAL`.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param VerifyRequest
       * @return VerifyResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/Verify.ts.html |here} to see how to use Verify API.
       */
      verify(verifyRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsCryptoClient#verify.");
          const operationName = "verify";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/VerifiedData/Verify";
          const pathParams = {};
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": verifyRequest.opcRequestId
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, verifyRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/verify",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(verifyRequest.verifyDataDetails, "VerifyDataDetails", model.VerifyDataDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "verifiedData",
              bodyModel: model.VerifiedData,
              type: "model.VerifiedData",
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
    exports.KmsCryptoClient = KmsCryptoClient2;
    KmsCryptoClient2.serviceEndpointTemplate = "https://kms.{region}.{secondLevelDomain}";
    KmsCryptoClient2.endpointServiceName = "";
    var KmsHsmClusterApiKeys;
    /* @__PURE__ */ (function(KmsHsmClusterApiKeys2) {
    })(KmsHsmClusterApiKeys = exports.KmsHsmClusterApiKeys || (exports.KmsHsmClusterApiKeys = {}));
    var KmsHsmClusterClient = class _KmsHsmClusterClient {
      constructor(params, clientConfiguration) {
        this["_realmSpecificEndpointTemplateEnabled"] = void 0;
        this["_endpoint"] = "";
        this["_defaultHeaders"] = {};
        this._circuitBreaker = null;
        this._httpOptions = void 0;
        this._bodyDuplexMode = void 0;
        this.targetService = "KmsHsmCluster";
        this._regionId = "";
        this._lastSetRegionOrRegionId = "";
        const requestSigner = params.authenticationDetailsProvider ? new common2.DefaultRequestSigner(params.authenticationDetailsProvider) : null;
        this._authProvider = params.authenticationDetailsProvider;
        if (clientConfiguration) {
          this._clientConfiguration = clientConfiguration;
          this._circuitBreaker = clientConfiguration.circuitBreaker ? clientConfiguration.circuitBreaker.circuit : null;
          this._httpOptions = clientConfiguration.httpOptions ? clientConfiguration.httpOptions : void 0;
          this._bodyDuplexMode = clientConfiguration.bodyDuplexMode ? clientConfiguration.bodyDuplexMode : void 0;
        }
        if (!oci_common_2.developerToolConfiguration.isServiceEnabled("keymanagement")) {
          let errmsg = "The developerToolConfiguration configuration disabled this service, this behavior is controlled by developerToolConfiguration.ociEnabledServiceSet variable. Please check if your local developer_tool_configuration file has configured the service you're targeting or contact the cloud provider on the availability of this service : ";
          throw errmsg.concat("keymanagement");
        }
        const specCircuitBreakerEnabled = true;
        if (!this._circuitBreaker && common2.utils.isCircuitBreakerSystemEnabled(clientConfiguration) && (specCircuitBreakerEnabled || common2.CircuitBreaker.DefaultCircuitBreakerOverriden)) {
          this._circuitBreaker = new common2.CircuitBreaker().circuit;
        }
        this._httpClient = params.httpClient || new common2.FetchHttpClient(requestSigner, this._circuitBreaker, this._httpOptions, this._bodyDuplexMode);
        if (params.authenticationDetailsProvider && common2.isRegionProvider(params.authenticationDetailsProvider)) {
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
        if (this.logger)
          this.logger.info(`KmsHsmClusterClient endpoint set to ${this._endpoint}`);
      }
      get logger() {
        return common2.LOG.logger;
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
        if (this._lastSetRegionOrRegionId === common2.Region.REGION_STRING) {
          this.endpoint = common2.EndpointBuilder.createEndpointFromRegion(_KmsHsmClusterClient.serviceEndpointTemplate, this._region, _KmsHsmClusterClient.endpointServiceName);
        } else if (this._lastSetRegionOrRegionId === common2.Region.REGION_ID_STRING) {
          this.endpoint = common2.EndpointBuilder.createEndpointFromRegionId(_KmsHsmClusterClient.serviceEndpointTemplate, this._regionId, _KmsHsmClusterClient.endpointServiceName);
        }
      }
      /**
       * Sets the region to call (ex, Region.US_PHOENIX_1).
       * Note, this will call {@link #endpoint(String) endpoint} after resolving the endpoint.
       * @param region The region of the service.
       */
      set region(region) {
        this._region = region;
        this.endpoint = common2.EndpointBuilder.createEndpointFromRegion(_KmsHsmClusterClient.serviceEndpointTemplate, region, _KmsHsmClusterClient.endpointServiceName);
        this._lastSetRegionOrRegionId = common2.Region.REGION_STRING;
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
        this.endpoint = common2.EndpointBuilder.createEndpointFromRegionId(_KmsHsmClusterClient.serviceEndpointTemplate, regionId, _KmsHsmClusterClient.endpointServiceName);
        this._lastSetRegionOrRegionId = common2.Region.REGION_ID_STRING;
      }
      /**
       * Creates a new KmsHsmClusterWaiter for resources for this service.
       *
       * @param config The waiter configuration for termination and delay strategy
       * @return The service waiters.
       */
      createWaiters(config) {
        this._waiters = new kmshsmcluster_waiter_1.KmsHsmClusterWaiter(this, config);
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
          if (this._authProvider instanceof common2.AbstractRequestingAuthenticationDetailsProvider)
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
       * Cancels deletion of specified HSM Cluster, restores it and associated HSM partitions to pre-deletion states.
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param CancelHsmClusterDeletionRequest
       * @return CancelHsmClusterDeletionResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/CancelHsmClusterDeletion.ts.html |here} to see how to use CancelHsmClusterDeletion API.
       */
      cancelHsmClusterDeletion(cancelHsmClusterDeletionRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsHsmClusterClient#cancelHsmClusterDeletion.");
          const operationName = "cancelHsmClusterDeletion";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/HsmCluster/CancelHsmClusterDeletion";
          const pathParams = {
            "{hsmClusterId}": cancelHsmClusterDeletionRequest.hsmClusterId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": cancelHsmClusterDeletionRequest.ifMatch,
            "opc-request-id": cancelHsmClusterDeletionRequest.opcRequestId,
            "opc-retry-token": cancelHsmClusterDeletionRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, cancelHsmClusterDeletionRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/hsmClusters/{hsmClusterId}/actions/cancelDeletion",
            method: "POST",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "hsmCluster",
              bodyModel: model.HsmCluster,
              type: "model.HsmCluster",
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
       * Moves a HSM Cluster resource to a different compartment within the same tenancy.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ChangeHsmClusterCompartmentRequest
       * @return ChangeHsmClusterCompartmentResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/ChangeHsmClusterCompartment.ts.html |here} to see how to use ChangeHsmClusterCompartment API.
       */
      changeHsmClusterCompartment(changeHsmClusterCompartmentRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsHsmClusterClient#changeHsmClusterCompartment.");
          const operationName = "changeHsmClusterCompartment";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/HsmCluster/ChangeHsmClusterCompartment";
          const pathParams = {
            "{hsmClusterId}": changeHsmClusterCompartmentRequest.hsmClusterId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": changeHsmClusterCompartmentRequest.ifMatch,
            "opc-request-id": changeHsmClusterCompartmentRequest.opcRequestId,
            "opc-retry-token": changeHsmClusterCompartmentRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, changeHsmClusterCompartmentRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/hsmClusters/{hsmClusterId}/actions/changeCompartment",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(changeHsmClusterCompartmentRequest.changeHsmClusterCompartmentDetails, "ChangeHsmClusterCompartmentDetails", model.ChangeHsmClusterCompartmentDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
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
       * Creates a new HSM cluster resource.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param CreateHsmClusterRequest
       * @return CreateHsmClusterResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/CreateHsmCluster.ts.html |here} to see how to use CreateHsmCluster API.
       */
      createHsmCluster(createHsmClusterRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsHsmClusterClient#createHsmCluster.");
          const operationName = "createHsmCluster";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/HsmCluster/CreateHsmCluster";
          const pathParams = {};
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": createHsmClusterRequest.opcRequestId,
            "opc-retry-token": createHsmClusterRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, createHsmClusterRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/hsmClusters",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(createHsmClusterRequest.createHsmClusterDetails, "CreateHsmClusterDetails", model.CreateHsmClusterDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "hsmCluster",
              bodyModel: model.HsmCluster,
              type: "model.HsmCluster",
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
       * Disables management audit logging for the given HSM Cluster resource. This requires the Crypto Officer (CO) password. This operation is idempotent: if audit logging is already disabled, the call is a no-op and returns success.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param DisableAuditMgmtLoggingRequest
       * @return DisableAuditMgmtLoggingResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/DisableAuditMgmtLogging.ts.html |here} to see how to use DisableAuditMgmtLogging API.
       */
      disableAuditMgmtLogging(disableAuditMgmtLoggingRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsHsmClusterClient#disableAuditMgmtLogging.");
          const operationName = "disableAuditMgmtLogging";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/HsmCluster/DisableAuditMgmtLogging";
          const pathParams = {
            "{hsmClusterId}": disableAuditMgmtLoggingRequest.hsmClusterId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": disableAuditMgmtLoggingRequest.ifMatch,
            "opc-request-id": disableAuditMgmtLoggingRequest.opcRequestId,
            "opc-retry-token": disableAuditMgmtLoggingRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, disableAuditMgmtLoggingRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/hsmClusters/{hsmClusterId}/actions/disableAuditMgmtLogging",
            method: "POST",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              responseHeaders: [
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-work-request-id"),
                  key: "opcWorkRequestId",
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
       * Retrieves the certificate signing request for the designated HSM Cluster resource.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param DownloadCertificateSigningRequestRequest
       * @return DownloadCertificateSigningRequestResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/DownloadCertificateSigningRequest.ts.html |here} to see how to use DownloadCertificateSigningRequest API.
       */
      downloadCertificateSigningRequest(downloadCertificateSigningRequestRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsHsmClusterClient#downloadCertificateSigningRequest.");
          const operationName = "downloadCertificateSigningRequest";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/HsmCluster/DownloadCertificateSigningRequest";
          const pathParams = {
            "{hsmClusterId}": downloadCertificateSigningRequestRequest.hsmClusterId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": downloadCertificateSigningRequestRequest.opcRequestId,
            "opc-retry-token": downloadCertificateSigningRequestRequest.opcRetryToken,
            "if-match": downloadCertificateSigningRequestRequest.ifMatch
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, downloadCertificateSigningRequestRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/hsmClusters/{hsmClusterId}/actions/downloadCertificateSigningRequest",
            method: "POST",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "value",
              bodyModel: "string",
              type: "string",
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
       * Validates that the Dynamic Group and bucket policy supplied during EnableAuditLogging / CreateHsmCluster are now in place.
       * If the cluster is in WAITING_FOR_CUSTOMER, and validation is successful, status is progressed and a work request is started.
       * If the cluster has already progressed past that gate, the call is idempotent and returns 202 with the current cluster representation.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param EnableAuditMgmtLoggingRequest
       * @return EnableAuditMgmtLoggingResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/EnableAuditMgmtLogging.ts.html |here} to see how to use EnableAuditMgmtLogging API.
       */
      enableAuditMgmtLogging(enableAuditMgmtLoggingRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsHsmClusterClient#enableAuditMgmtLogging.");
          const operationName = "enableAuditMgmtLogging";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/HsmCluster/EnableAuditMgmtLogging";
          const pathParams = {
            "{hsmClusterId}": enableAuditMgmtLoggingRequest.hsmClusterId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": enableAuditMgmtLoggingRequest.ifMatch,
            "opc-retry-token": enableAuditMgmtLoggingRequest.opcRetryToken,
            "opc-request-id": enableAuditMgmtLoggingRequest.opcRequestId
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, enableAuditMgmtLoggingRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/hsmClusters/{hsmClusterId}/actions/enableAuditMgmtLogging",
            method: "POST",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "enableAuditMgmtLogging",
              bodyModel: model.EnableAuditMgmtLogging,
              type: "model.EnableAuditMgmtLogging",
              responseHeaders: [
                {
                  value: response.headers.get("opc-work-request-id"),
                  key: "opcWorkRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("etag"),
                  key: "etag",
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
           * Retrieves configuration details for the specified HSM Cluster resource.
      * <p>
      As a provisioning operation, this call is subject to a Key Management limit that applies to
      * the total number of requests across all provisioning read operations. Key Management might
      * throttle this call to reject an otherwise valid request when the total rate of provisioning
      * read operations exceeds 10 requests per second for a given tenancy.
      *
           * This operation does not retry by default if the user has not defined a retry configuration.
           * @param GetHsmClusterRequest
           * @return GetHsmClusterResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/GetHsmCluster.ts.html |here} to see how to use GetHsmCluster API.
           */
      getHsmCluster(getHsmClusterRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsHsmClusterClient#getHsmCluster.");
          const operationName = "getHsmCluster";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/HsmCluster/GetHsmCluster";
          const pathParams = {
            "{hsmClusterId}": getHsmClusterRequest.hsmClusterId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": getHsmClusterRequest.opcRequestId
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getHsmClusterRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/hsmClusters/{hsmClusterId}",
            method: "GET",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "hsmCluster",
              bodyModel: model.HsmCluster,
              type: "model.HsmCluster",
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
       * Retrieves HSM partition details for the specified HSM cluster.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param GetHsmPartitionRequest
       * @return GetHsmPartitionResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/GetHsmPartition.ts.html |here} to see how to use GetHsmPartition API.
       */
      getHsmPartition(getHsmPartitionRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsHsmClusterClient#getHsmPartition.");
          const operationName = "getHsmPartition";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/HsmPartition/GetHsmPartition";
          const pathParams = {
            "{hsmClusterId}": getHsmPartitionRequest.hsmClusterId,
            "{hsmPartitionId}": getHsmPartitionRequest.hsmPartitionId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": getHsmPartitionRequest.opcRequestId,
            "opc-retry-token": getHsmPartitionRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getHsmPartitionRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/hsmClusters/{hsmClusterId}/hsmPartitions/{hsmPartitionId}",
            method: "GET",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "hsmPartition",
              bodyModel: model.HsmPartition,
              type: "model.HsmPartition",
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
       * Retrieves Pre Crypto Officer user credentials for the specified HSM cluster.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param GetPreCoUserCredentialsRequest
       * @return GetPreCoUserCredentialsResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/GetPreCoUserCredentials.ts.html |here} to see how to use GetPreCoUserCredentials API.
       */
      getPreCoUserCredentials(getPreCoUserCredentialsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsHsmClusterClient#getPreCoUserCredentials.");
          const operationName = "getPreCoUserCredentials";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/HsmCluster/GetPreCoUserCredentials";
          const pathParams = {
            "{hsmClusterId}": getPreCoUserCredentialsRequest.hsmClusterId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": getPreCoUserCredentialsRequest.opcRequestId,
            "opc-retry-token": getPreCoUserCredentialsRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getPreCoUserCredentialsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/hsmClusters/{hsmClusterId}/preCoUserCredentials",
            method: "GET",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "preCoUserCredentials",
              bodyModel: model.PreCoUserCredentials,
              type: "model.PreCoUserCredentials",
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
       * Initiates the process of enabling audit logs for a HSM cluster resource by taking in the required parameters.
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param InitiateAuditLoggingRequest
       * @return InitiateAuditLoggingResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/InitiateAuditLogging.ts.html |here} to see how to use InitiateAuditLogging API.
       */
      initiateAuditLogging(initiateAuditLoggingRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsHsmClusterClient#initiateAuditLogging.");
          const operationName = "initiateAuditLogging";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/HsmCluster/InitiateAuditLogging";
          const pathParams = {
            "{hsmClusterId}": initiateAuditLoggingRequest.hsmClusterId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": initiateAuditLoggingRequest.opcRequestId,
            "if-match": initiateAuditLoggingRequest.ifMatch,
            "opc-retry-token": initiateAuditLoggingRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, initiateAuditLoggingRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/hsmClusters/{hsmClusterId}/actions/initiateAuditLogging",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(initiateAuditLoggingRequest.initiateAuditLoggingDetails, "InitiateAuditLoggingDetails", model.InitiateAuditLoggingDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "auditLogging",
              bodyModel: model.AuditLogging,
              type: "model.AuditLogging",
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
           * Lists all HSM cluster resources contained within the specified compartment.
      * <p>
      As a provisioning operation, this call is subject to a Key Management limit that applies to
      * the total number of requests across all provisioning read operations. Key Management might
      * throttle this call to reject an otherwise valid request when the total rate of provisioning
      * read operations exceeds 10 requests per second for a given tenancy.
      *
           * This operation does not retry by default if the user has not defined a retry configuration.
           * @param ListHsmClustersRequest
           * @return ListHsmClustersResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/ListHsmClusters.ts.html |here} to see how to use ListHsmClusters API.
           */
      listHsmClusters(listHsmClustersRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsHsmClusterClient#listHsmClusters.");
          const operationName = "listHsmClusters";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/HsmCluster/ListHsmClusters";
          const pathParams = {};
          const queryParams = {
            "compartmentId": listHsmClustersRequest.compartmentId,
            "limit": listHsmClustersRequest.limit,
            "page": listHsmClustersRequest.page,
            "sortBy": listHsmClustersRequest.sortBy,
            "sortOrder": listHsmClustersRequest.sortOrder
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": listHsmClustersRequest.opcRequestId
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listHsmClustersRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/hsmClusters",
            method: "GET",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "hsmClusterCollection",
              bodyModel: model.HsmClusterCollection,
              type: "model.HsmClusterCollection",
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
       * Lists all HSM partitions within the specified HSM Cluster resource.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ListHsmPartitionsRequest
       * @return ListHsmPartitionsResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/ListHsmPartitions.ts.html |here} to see how to use ListHsmPartitions API.
       */
      listHsmPartitions(listHsmPartitionsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsHsmClusterClient#listHsmPartitions.");
          const operationName = "listHsmPartitions";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/HsmPartition/ListHsmPartitions";
          const pathParams = {
            "{hsmClusterId}": listHsmPartitionsRequest.hsmClusterId
          };
          const queryParams = {
            "limit": listHsmPartitionsRequest.limit,
            "page": listHsmPartitionsRequest.page,
            "sortBy": listHsmPartitionsRequest.sortBy,
            "sortOrder": listHsmPartitionsRequest.sortOrder,
            "lifecycleState": listHsmPartitionsRequest.lifecycleState
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": listHsmPartitionsRequest.opcRequestId
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listHsmPartitionsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/hsmClusters/{hsmClusterId}/hsmPartitions",
            method: "GET",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "hsmPartitionCollection",
              bodyModel: model.HsmPartitionCollection,
              type: "model.HsmPartitionCollection",
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
       * Schedules HSM cluster for deletion, update its lifecycle state to 'PENDING_DELETION'
       * and deletes it after the retention period.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ScheduleHsmClusterDeletionRequest
       * @return ScheduleHsmClusterDeletionResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/ScheduleHsmClusterDeletion.ts.html |here} to see how to use ScheduleHsmClusterDeletion API.
       */
      scheduleHsmClusterDeletion(scheduleHsmClusterDeletionRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsHsmClusterClient#scheduleHsmClusterDeletion.");
          const operationName = "scheduleHsmClusterDeletion";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/HsmCluster/ScheduleHsmClusterDeletion";
          const pathParams = {
            "{hsmClusterId}": scheduleHsmClusterDeletionRequest.hsmClusterId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": scheduleHsmClusterDeletionRequest.ifMatch,
            "opc-request-id": scheduleHsmClusterDeletionRequest.opcRequestId,
            "opc-retry-token": scheduleHsmClusterDeletionRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, scheduleHsmClusterDeletionRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/hsmClusters/{hsmClusterId}/actions/scheduleDeletion",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(scheduleHsmClusterDeletionRequest.scheduleHsmClusterDeletionDetails, "ScheduleHsmClusterDeletionDetails", model.ScheduleHsmClusterDeletionDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "hsmCluster",
              bodyModel: model.HsmCluster,
              type: "model.HsmCluster",
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
       * update bucket details of management audit logs for a HSM cluster resource by hsmClusterId.
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param UpdateAuditLoggingDestinationRequest
       * @return UpdateAuditLoggingDestinationResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/UpdateAuditLoggingDestination.ts.html |here} to see how to use UpdateAuditLoggingDestination API.
       */
      updateAuditLoggingDestination(updateAuditLoggingDestinationRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsHsmClusterClient#updateAuditLoggingDestination.");
          const operationName = "updateAuditLoggingDestination";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/HsmCluster/UpdateAuditLoggingDestination";
          const pathParams = {
            "{hsmClusterId}": updateAuditLoggingDestinationRequest.hsmClusterId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": updateAuditLoggingDestinationRequest.opcRequestId,
            "opc-retry-token": updateAuditLoggingDestinationRequest.opcRetryToken,
            "if-match": updateAuditLoggingDestinationRequest.ifMatch
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, updateAuditLoggingDestinationRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/hsmClusters/{hsmClusterId}/actions/updateAuditLoggingDestination",
            method: "PUT",
            bodyContent: common2.ObjectSerializer.serialize(updateAuditLoggingDestinationRequest.updateAuditLoggingDestinationDetails, "UpdateAuditLoggingDestinationDetails", model.UpdateAuditLoggingDestinationDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "auditLogging",
              bodyModel: model.AuditLogging,
              type: "model.AuditLogging",
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
                },
                {
                  value: response.headers.get("opc-work-request-id"),
                  key: "opcWorkRequestId",
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
           * Modifies properties of an HSM cluster resource, including `displayName`, `freeformTags` and `definedTags`.
      * <p>
      As a provisioning operation, this call is subject to a Key Management limit that applies to
      * the total number of requests across all provisioning write operations. Key Management might
      * throttle this call to reject an otherwise valid request when the total rate of provisioning
      * write operations exceeds 10 requests per second for a given tenancy.
      *
           * This operation does not retry by default if the user has not defined a retry configuration.
           * @param UpdateHsmClusterRequest
           * @return UpdateHsmClusterResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/UpdateHsmCluster.ts.html |here} to see how to use UpdateHsmCluster API.
           */
      updateHsmCluster(updateHsmClusterRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsHsmClusterClient#updateHsmCluster.");
          const operationName = "updateHsmCluster";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/HsmCluster/UpdateHsmCluster";
          const pathParams = {
            "{hsmClusterId}": updateHsmClusterRequest.hsmClusterId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": updateHsmClusterRequest.ifMatch,
            "opc-request-id": updateHsmClusterRequest.opcRequestId
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, updateHsmClusterRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/hsmClusters/{hsmClusterId}",
            method: "PUT",
            bodyContent: common2.ObjectSerializer.serialize(updateHsmClusterRequest.updateHsmClusterDetails, "UpdateHsmClusterDetails", model.UpdateHsmClusterDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "hsmCluster",
              bodyModel: model.HsmCluster,
              type: "model.HsmCluster",
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
       * Uploads the partition owner certificates to the HSM Cluster resource.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param UploadPartitionCertificatesRequest
       * @return UploadPartitionCertificatesResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/UploadPartitionCertificates.ts.html |here} to see how to use UploadPartitionCertificates API.
       */
      uploadPartitionCertificates(uploadPartitionCertificatesRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsHsmClusterClient#uploadPartitionCertificates.");
          const operationName = "uploadPartitionCertificates";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/HsmCluster/UploadPartitionCertificates";
          const pathParams = {
            "{hsmClusterId}": uploadPartitionCertificatesRequest.hsmClusterId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": uploadPartitionCertificatesRequest.opcRequestId,
            "opc-retry-token": uploadPartitionCertificatesRequest.opcRetryToken,
            "if-match": uploadPartitionCertificatesRequest.ifMatch
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, uploadPartitionCertificatesRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/hsmClusters/{hsmClusterId}/actions/uploadPartitionCertificates",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(uploadPartitionCertificatesRequest.uploadPartitionCertificatesDetails, "UploadPartitionCertificatesDetails", model.UploadPartitionCertificatesDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
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
    exports.KmsHsmClusterClient = KmsHsmClusterClient;
    KmsHsmClusterClient.serviceEndpointTemplate = "https://kms.{region}.{secondLevelDomain}";
    KmsHsmClusterClient.endpointServiceName = "";
    var KmsManagementApiKeys;
    /* @__PURE__ */ (function(KmsManagementApiKeys2) {
    })(KmsManagementApiKeys = exports.KmsManagementApiKeys || (exports.KmsManagementApiKeys = {}));
    var KmsManagementClient = class {
      constructor(params, clientConfiguration) {
        this["_realmSpecificEndpointTemplateEnabled"] = void 0;
        this["_endpoint"] = "";
        this["_defaultHeaders"] = {};
        this._circuitBreaker = null;
        this._httpOptions = void 0;
        this._bodyDuplexMode = void 0;
        this.targetService = "KmsManagement";
        const requestSigner = params.authenticationDetailsProvider ? new common2.DefaultRequestSigner(params.authenticationDetailsProvider) : null;
        this._authProvider = params.authenticationDetailsProvider;
        if (clientConfiguration) {
          this._clientConfiguration = clientConfiguration;
          this._circuitBreaker = clientConfiguration.circuitBreaker ? clientConfiguration.circuitBreaker.circuit : null;
          this._httpOptions = clientConfiguration.httpOptions ? clientConfiguration.httpOptions : void 0;
          this._bodyDuplexMode = clientConfiguration.bodyDuplexMode ? clientConfiguration.bodyDuplexMode : void 0;
        }
        if (!oci_common_2.developerToolConfiguration.isServiceEnabled("keymanagement")) {
          let errmsg = "The developerToolConfiguration configuration disabled this service, this behavior is controlled by developerToolConfiguration.ociEnabledServiceSet variable. Please check if your local developer_tool_configuration file has configured the service you're targeting or contact the cloud provider on the availability of this service : ";
          throw errmsg.concat("keymanagement");
        }
        const specCircuitBreakerEnabled = true;
        if (!this._circuitBreaker && common2.utils.isCircuitBreakerSystemEnabled(clientConfiguration) && (specCircuitBreakerEnabled || common2.CircuitBreaker.DefaultCircuitBreakerOverriden)) {
          this._circuitBreaker = new common2.CircuitBreaker().circuit;
        }
        this._httpClient = params.httpClient || new common2.FetchHttpClient(requestSigner, this._circuitBreaker, this._httpOptions, this._bodyDuplexMode);
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
        if (this.logger)
          this.logger.info(`KmsManagementClient endpoint set to ${this._endpoint}`);
      }
      get logger() {
        return common2.LOG.logger;
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
      }
      /**
       * Creates a new KmsManagementWaiter for resources for this service.
       *
       * @param config The waiter configuration for termination and delay strategy
       * @return The service waiters.
       */
      createWaiters(config) {
        this._waiters = new kmsmanagement_waiter_1.KmsManagementWaiter(this, config);
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
          if (this._authProvider instanceof common2.AbstractRequestingAuthenticationDetailsProvider)
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
       * Backs up an encrypted file that contains all key versions and metadata of the specified key so that you can restore
       * the key later. The file also contains the metadata of the vault that the key belonged to.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param BackupKeyRequest
       * @return BackupKeyResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/BackupKey.ts.html |here} to see how to use BackupKey API.
       */
      backupKey(backupKeyRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsManagementClient#backupKey.");
          const operationName = "backupKey";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/Key/BackupKey";
          const pathParams = {
            "{keyId}": backupKeyRequest.keyId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": backupKeyRequest.ifMatch,
            "opc-request-id": backupKeyRequest.opcRequestId,
            "opc-retry-token": backupKeyRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, backupKeyRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/keys/{keyId}/actions/backup",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(backupKeyRequest.backupKeyDetails, "BackupKeyDetails", model.BackupKeyDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "key",
              bodyModel: model.Key,
              type: "model.Key",
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
                },
                {
                  value: response.headers.get("opc-work-request-id"),
                  key: "opcWorkRequestId",
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
           * Cancels the scheduled deletion of the specified key. Canceling
      * a scheduled deletion restores the key's lifecycle state to what
      * it was before its scheduled deletion.
      * <p>
      As a provisioning operation, this call is subject to a Key Management limit that applies to
      * the total number of requests across all provisioning write operations. Key Management might
      * throttle this call to reject an otherwise valid request when the total rate of provisioning
      * write operations exceeds 10 requests per second for a given tenancy.
      *
           * This operation does not retry by default if the user has not defined a retry configuration.
           * @param CancelKeyDeletionRequest
           * @return CancelKeyDeletionResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/CancelKeyDeletion.ts.html |here} to see how to use CancelKeyDeletion API.
           */
      cancelKeyDeletion(cancelKeyDeletionRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsManagementClient#cancelKeyDeletion.");
          const operationName = "cancelKeyDeletion";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/Key/CancelKeyDeletion";
          const pathParams = {
            "{keyId}": cancelKeyDeletionRequest.keyId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": cancelKeyDeletionRequest.ifMatch,
            "opc-request-id": cancelKeyDeletionRequest.opcRequestId,
            "opc-retry-token": cancelKeyDeletionRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, cancelKeyDeletionRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/keys/{keyId}/actions/cancelDeletion",
            method: "POST",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "key",
              bodyModel: model.Key,
              type: "model.Key",
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
           * Cancels the scheduled deletion of the specified key version. Canceling
      * a scheduled deletion restores the key version to its lifecycle state from
      * before its scheduled deletion.
      * <p>
      As a provisioning operation, this call is subject to a Key Management limit that applies to
      * the total number of requests across all provisioning write operations. Key Management might
      * throttle this call to reject an otherwise valid request when the total rate of provisioning
      * write operations exceeds 10 requests per second for a given tenancy.
      *
           * This operation does not retry by default if the user has not defined a retry configuration.
           * @param CancelKeyVersionDeletionRequest
           * @return CancelKeyVersionDeletionResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/CancelKeyVersionDeletion.ts.html |here} to see how to use CancelKeyVersionDeletion API.
           */
      cancelKeyVersionDeletion(cancelKeyVersionDeletionRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsManagementClient#cancelKeyVersionDeletion.");
          const operationName = "cancelKeyVersionDeletion";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/KeyVersion/CancelKeyVersionDeletion";
          const pathParams = {
            "{keyId}": cancelKeyVersionDeletionRequest.keyId,
            "{keyVersionId}": cancelKeyVersionDeletionRequest.keyVersionId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": cancelKeyVersionDeletionRequest.ifMatch,
            "opc-request-id": cancelKeyVersionDeletionRequest.opcRequestId,
            "opc-retry-token": cancelKeyVersionDeletionRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, cancelKeyVersionDeletionRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/keys/{keyId}/keyVersions/{keyVersionId}/actions/cancelDeletion",
            method: "POST",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "keyVersion",
              bodyModel: model.KeyVersion,
              type: "model.KeyVersion",
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
           * Moves a key into a different compartment within the same tenancy. For information about
      * moving resources between compartments, see [Moving Resources to a Different Compartment](https://docs.oracle.com/iaas/Content/Identity/Tasks/managingcompartments.htm#moveRes).
      * <p>
      When provided, if-match is checked against the ETag values of the key.
      * <p>
      As a provisioning operation, this call is subject to a Key Management limit that applies to
      * the total number of requests across all provisioning write operations. Key Management might
      * throttle this call to reject an otherwise valid request when the total rate of provisioning
      * write operations exceeds 10 requests per second for a given tenancy.
      *
           * This operation does not retry by default if the user has not defined a retry configuration.
           * @param ChangeKeyCompartmentRequest
           * @return ChangeKeyCompartmentResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/ChangeKeyCompartment.ts.html |here} to see how to use ChangeKeyCompartment API.
           */
      changeKeyCompartment(changeKeyCompartmentRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsManagementClient#changeKeyCompartment.");
          const operationName = "changeKeyCompartment";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/Key/ChangeKeyCompartment";
          const pathParams = {
            "{keyId}": changeKeyCompartmentRequest.keyId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": changeKeyCompartmentRequest.ifMatch,
            "opc-request-id": changeKeyCompartmentRequest.opcRequestId,
            "opc-retry-token": changeKeyCompartmentRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, changeKeyCompartmentRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/keys/{keyId}/actions/changeCompartment",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(changeKeyCompartmentRequest.changeKeyCompartmentDetails, "ChangeKeyCompartmentDetails", model.ChangeKeyCompartmentDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
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
           * Creates a new master encryption key.
      * <p>
      As a management operation, this call is subject to a Key Management limit that applies to the total
      * number of requests across all management write operations. Key Management might throttle this call
      * to reject an otherwise valid request when the total rate of management write operations exceeds 10
      * requests per second for a given tenancy.
      *
           * This operation does not retry by default if the user has not defined a retry configuration.
           * @param CreateKeyRequest
           * @return CreateKeyResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/CreateKey.ts.html |here} to see how to use CreateKey API.
           */
      createKey(createKeyRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsManagementClient#createKey.");
          const operationName = "createKey";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/Key/CreateKey";
          const pathParams = {};
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": createKeyRequest.opcRequestId,
            "opc-retry-token": createKeyRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, createKeyRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/keys",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(createKeyRequest.createKeyDetails, "CreateKeyDetails", model.CreateKeyDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "key",
              bodyModel: model.Key,
              type: "model.Key",
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
           * Generates a new [KeyVersion](https://docs.oracle.com/iaas/api/#/en/key/latest/KeyVersion/) resource that provides new cryptographic
      * material for a master encryption key. The key must be in an `ENABLED` state to be rotated.
      * <p>
      As a management operation, this call is subject to a Key Management limit that applies to the total number
      * of requests across all  management write operations. Key Management might throttle this call to reject an
      * otherwise valid request when the total rate of management write operations exceeds 10 requests per second
      * for a given tenancy.
      *
           * This operation does not retry by default if the user has not defined a retry configuration.
           * @param CreateKeyVersionRequest
           * @return CreateKeyVersionResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/CreateKeyVersion.ts.html |here} to see how to use CreateKeyVersion API.
           */
      createKeyVersion(createKeyVersionRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsManagementClient#createKeyVersion.");
          const operationName = "createKeyVersion";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/KeyVersion/CreateKeyVersion";
          const pathParams = {
            "{keyId}": createKeyVersionRequest.keyId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": createKeyVersionRequest.opcRequestId,
            "opc-retry-token": createKeyVersionRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, createKeyVersionRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/keys/{keyId}/keyVersions",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(createKeyVersionRequest.createKeyMetadataDetails, "ExternalKeyVersionReference", model.ExternalKeyVersionReference.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "keyVersion",
              bodyModel: model.KeyVersion,
              type: "model.KeyVersion",
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
           * Disables a master encryption key so it can no longer be used for encryption, decryption, or
      * generating new data encryption keys.
      * <p>
      As a management operation, this call is subject to a Key Management limit that applies to the total number
      * of requests across all management write operations. Key Management might throttle this call to reject an
      * otherwise valid request when the total rate of management write operations exceeds 10 requests per second
      * for a given tenancy.
      *
           * This operation does not retry by default if the user has not defined a retry configuration.
           * @param DisableKeyRequest
           * @return DisableKeyResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/DisableKey.ts.html |here} to see how to use DisableKey API.
           */
      disableKey(disableKeyRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsManagementClient#disableKey.");
          const operationName = "disableKey";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/Key/DisableKey";
          const pathParams = {
            "{keyId}": disableKeyRequest.keyId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": disableKeyRequest.ifMatch,
            "opc-request-id": disableKeyRequest.opcRequestId,
            "opc-retry-token": disableKeyRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, disableKeyRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/keys/{keyId}/actions/disable",
            method: "POST",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "key",
              bodyModel: model.Key,
              type: "model.Key",
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
           * Enables a master encryption key so it can be used for encryption, decryption, or
      * generating new data encryption keys.
      * <p>
      As a management operation, this call is subject to a Key Management limit that applies to the total number
      * of requests across all management write operations. Key Management might throttle this call to reject an
      * otherwise valid request when the total rate of management write operations exceeds 10 requests per second
      * for a given tenancy.
      *
           * This operation does not retry by default if the user has not defined a retry configuration.
           * @param EnableKeyRequest
           * @return EnableKeyResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/EnableKey.ts.html |here} to see how to use EnableKey API.
           */
      enableKey(enableKeyRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsManagementClient#enableKey.");
          const operationName = "enableKey";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/Key/EnableKey";
          const pathParams = {
            "{keyId}": enableKeyRequest.keyId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": enableKeyRequest.ifMatch,
            "opc-request-id": enableKeyRequest.opcRequestId,
            "opc-retry-token": enableKeyRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, enableKeyRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/keys/{keyId}/actions/enable",
            method: "POST",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "key",
              bodyModel: model.Key,
              type: "model.Key",
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
           * Gets information about the specified master encryption key.
      * <p>
      As a management operation, this call is subject to a Key Management limit that applies to the total number
      * of requests across all management read operations. Key Management might throttle this call to reject an
      * otherwise valid request when the total rate of management read operations exceeds 10 requests per second for
      * a given tenancy.
      *
           * This operation does not retry by default if the user has not defined a retry configuration.
           * @param GetKeyRequest
           * @return GetKeyResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/GetKey.ts.html |here} to see how to use GetKey API.
           */
      getKey(getKeyRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsManagementClient#getKey.");
          const operationName = "getKey";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/Key/GetKey";
          const pathParams = {
            "{keyId}": getKeyRequest.keyId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": getKeyRequest.opcRequestId
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getKeyRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/keys/{keyId}",
            method: "GET",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "key",
              bodyModel: model.Key,
              type: "model.Key",
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
           * Gets information about the specified key version.
      * <p>
      As a management operation, this call is subject to a Key Management limit that applies to the total number
      * of requests across all management read operations. Key Management might throttle this call to reject an
      * otherwise valid request when the total rate of management read operations exceeds 10 requests per second
      * for a given tenancy.
      *
           * This operation does not retry by default if the user has not defined a retry configuration.
           * @param GetKeyVersionRequest
           * @return GetKeyVersionResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/GetKeyVersion.ts.html |here} to see how to use GetKeyVersion API.
           */
      getKeyVersion(getKeyVersionRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsManagementClient#getKeyVersion.");
          const operationName = "getKeyVersion";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/KeyVersion/GetKeyVersion";
          const pathParams = {
            "{keyId}": getKeyVersionRequest.keyId,
            "{keyVersionId}": getKeyVersionRequest.keyVersionId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": getKeyVersionRequest.opcRequestId
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getKeyVersionRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/keys/{keyId}/keyVersions/{keyVersionId}",
            method: "GET",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "keyVersion",
              bodyModel: model.KeyVersion,
              type: "model.KeyVersion",
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
       * When a vault has a replica, each operation on the vault or its resources, such as
       * keys, is replicated and has an associated replicationId. Replication status provides
       * details about whether the operation associated with the given replicationId has been
       * successfully applied across replicas.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param GetReplicationStatusRequest
       * @return GetReplicationStatusResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/GetReplicationStatus.ts.html |here} to see how to use GetReplicationStatus API.
       */
      getReplicationStatus(getReplicationStatusRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsManagementClient#getReplicationStatus.");
          const operationName = "getReplicationStatus";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/ReplicationStatusDetails/GetReplicationStatus";
          const pathParams = {
            "{replicationId}": getReplicationStatusRequest.replicationId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": getReplicationStatusRequest.opcRequestId
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getReplicationStatusRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/replicaOperations/{replicationId}/status",
            method: "GET",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "replicationStatusDetails",
              bodyModel: model.ReplicationStatusDetails,
              type: "model.ReplicationStatusDetails",
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
       * Gets details about the public RSA wrapping key associated with the vault in the endpoint. Each vault has an RSA key-pair that wraps and
       * unwraps AES key material for import into Key Management.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param GetWrappingKeyRequest
       * @return GetWrappingKeyResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/GetWrappingKey.ts.html |here} to see how to use GetWrappingKey API.
       */
      getWrappingKey(getWrappingKeyRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsManagementClient#getWrappingKey.");
          const operationName = "getWrappingKey";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/WrappingKey/GetWrappingKey";
          const pathParams = {};
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": getWrappingKeyRequest.opcRequestId
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getWrappingKeyRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/wrappingKeys",
            method: "GET",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "wrappingKey",
              bodyModel: model.WrappingKey,
              type: "model.WrappingKey",
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
       * Imports AES and RSA keys to create a new key. The key material must be base64-encoded
       * and wrapped by the vault's public RSA wrapping key before you can import it.
       * Key Management supports both RSA and AES keys. The AES keys are symmetric keys
       * of length 128 bits (16 bytes), 192 bits (24 bytes), or 256 bits (32 bytes), and the RSA keys are asymmetric keys of length 2048 bits (256 bytes), 3072 bits (384 bytes), and 4096 bits (512 bytes).
       * Furthermore, the key length must match what you specify at the time of import. When importing an asymmetric key,
       * only private key must be wrapped in PKCS8 format while the corresponding public key is generated internally by KMS.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ImportKeyRequest
       * @return ImportKeyResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/ImportKey.ts.html |here} to see how to use ImportKey API.
       */
      importKey(importKeyRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsManagementClient#importKey.");
          const operationName = "importKey";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/Key/ImportKey";
          const pathParams = {};
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": importKeyRequest.opcRequestId,
            "opc-retry-token": importKeyRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, importKeyRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/keys/import",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(importKeyRequest.importKeyDetails, "ImportKeyDetails", model.ImportKeyDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "key",
              bodyModel: model.Key,
              type: "model.Key",
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
       * Imports AES key material to create a new key version and then rotate the key to begin using the new
       * key version. The key material must be base64-encoded and wrapped by the vault's public RSA wrapping key
       * before you can import it. Key Management supports AES symmetric keys that are exactly 16, 24, or 32 bytes.
       * Furthermore, the key length must match the length of the specified key and what you specify as the length
       * at the time of import. When importing an asymmetric key, only the private key must be wrapped in PKCS8 format
       * while the corresponding public key is generated internally by KMS.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ImportKeyVersionRequest
       * @return ImportKeyVersionResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/ImportKeyVersion.ts.html |here} to see how to use ImportKeyVersion API.
       */
      importKeyVersion(importKeyVersionRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsManagementClient#importKeyVersion.");
          const operationName = "importKeyVersion";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/KeyVersion/ImportKeyVersion";
          const pathParams = {
            "{keyId}": importKeyVersionRequest.keyId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": importKeyVersionRequest.opcRequestId,
            "opc-retry-token": importKeyVersionRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, importKeyVersionRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/keys/{keyId}/keyVersions/import",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(importKeyVersionRequest.importKeyVersionDetails, "ImportKeyVersionDetails", model.ImportKeyVersionDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "keyVersion",
              bodyModel: model.KeyVersion,
              type: "model.KeyVersion",
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
           * Lists all [KeyVersion](https://docs.oracle.com/iaas/api/#/en/key/latest/KeyVersion/) resources for the specified
      * master encryption key.
      * <p>
      As a management operation, this call is subject to a Key Management limit that applies to the total number
      * of requests across all management read operations. Key Management might throttle this call to reject an
      * otherwise valid request when the total rate of management read operations exceeds 10 requests per second
      * for a given tenancy.
      *
           * This operation does not retry by default if the user has not defined a retry configuration.
           * @param ListKeyVersionsRequest
           * @return ListKeyVersionsResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/ListKeyVersions.ts.html |here} to see how to use ListKeyVersions API.
           */
      listKeyVersions(listKeyVersionsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsManagementClient#listKeyVersions.");
          const operationName = "listKeyVersions";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/KeyVersionSummary/ListKeyVersions";
          const pathParams = {
            "{keyId}": listKeyVersionsRequest.keyId
          };
          const queryParams = {
            "limit": listKeyVersionsRequest.limit,
            "page": listKeyVersionsRequest.page,
            "sortBy": listKeyVersionsRequest.sortBy,
            "sortOrder": listKeyVersionsRequest.sortOrder
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": listKeyVersionsRequest.opcRequestId
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listKeyVersionsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/keys/{keyId}/keyVersions",
            method: "GET",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "items",
              bodyModel: model.KeyVersionSummary,
              type: "Array<model.KeyVersionSummary>",
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
       * NOTE: This function is deprecated in favor of listKeyVersionsRecordIterator function.
       * Creates a new async iterator which will iterate over the models.KeyVersionSummary objects
       * contained in responses from the listKeyVersions operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllKeyVersions(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listKeyVersions(req));
      }
      /**
       * NOTE: This function is deprecated in favor of listKeyVersionsResponseIterator function.
       * Creates a new async iterator which will iterate over the responses received from the listKeyVersions operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllKeyVersionsResponses(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listKeyVersions(req));
      }
      /**
       * Creates a new async iterator which will iterate over the models.KeyVersionSummary objects
       * contained in responses from the listKeyVersions operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listKeyVersionsRecordIterator(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listKeyVersions(req));
      }
      /**
       * Creates a new async iterator which will iterate over the responses received from the listKeyVersions operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listKeyVersionsResponseIterator(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listKeyVersions(req));
      }
      /**
           * Lists the master encryption keys in the specified vault and compartment.
      * <p>
      As a management operation, this call is subject to a Key Management limit that applies to the total number
      * of requests across all management read operations. Key Management might throttle this call to reject an
      * otherwise valid request when the total rate of management read operations exceeds 10 requests per second
      * for a given tenancy.
      *
           * This operation does not retry by default if the user has not defined a retry configuration.
           * @param ListKeysRequest
           * @return ListKeysResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/ListKeys.ts.html |here} to see how to use ListKeys API.
           */
      listKeys(listKeysRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsManagementClient#listKeys.");
          const operationName = "listKeys";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/KeySummary/ListKeys";
          const pathParams = {};
          const queryParams = {
            "compartmentId": listKeysRequest.compartmentId,
            "limit": listKeysRequest.limit,
            "page": listKeysRequest.page,
            "sortBy": listKeysRequest.sortBy,
            "sortOrder": listKeysRequest.sortOrder,
            "protectionMode": listKeysRequest.protectionMode,
            "algorithm": listKeysRequest.algorithm,
            "length": listKeysRequest.length,
            "curveId": listKeysRequest.curveId
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": listKeysRequest.opcRequestId
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listKeysRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/keys",
            method: "GET",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "items",
              bodyModel: model.KeySummary,
              type: "Array<model.KeySummary>",
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
       * NOTE: This function is deprecated in favor of listKeysRecordIterator function.
       * Creates a new async iterator which will iterate over the models.KeySummary objects
       * contained in responses from the listKeys operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllKeys(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listKeys(req));
      }
      /**
       * NOTE: This function is deprecated in favor of listKeysResponseIterator function.
       * Creates a new async iterator which will iterate over the responses received from the listKeys operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllKeysResponses(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listKeys(req));
      }
      /**
       * Creates a new async iterator which will iterate over the models.KeySummary objects
       * contained in responses from the listKeys operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listKeysRecordIterator(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listKeys(req));
      }
      /**
       * Creates a new async iterator which will iterate over the responses received from the listKeys operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listKeysResponseIterator(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listKeys(req));
      }
      /**
       * Restores the specified key to the specified vault, based on information in the backup file provided.
       * If the vault doesn't exist, the operation returns a response with a 404 HTTP status error code. You
       * need to first restore the vault associated with the key.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param RestoreKeyFromFileRequest
       * @return RestoreKeyFromFileResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/RestoreKeyFromFile.ts.html |here} to see how to use RestoreKeyFromFile API.
       */
      restoreKeyFromFile(restoreKeyFromFileRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsManagementClient#restoreKeyFromFile.");
          const operationName = "restoreKeyFromFile";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/Key/RestoreKeyFromFile";
          const pathParams = {};
          const queryParams = {};
          let headerParams = {
            "content-length": restoreKeyFromFileRequest.contentLength,
            "if-match": restoreKeyFromFileRequest.ifMatch,
            "content-md5": restoreKeyFromFileRequest.contentMd5,
            "opc-request-id": restoreKeyFromFileRequest.opcRequestId,
            "opc-retry-token": restoreKeyFromFileRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, restoreKeyFromFileRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/keys/actions/restoreFromFile",
            method: "POST",
            bodyContent: restoreKeyFromFileRequest.restoreKeyFromFileDetails,
            pathParams,
            headerParams,
            backupBinaryBody: retrier.backUpBinaryBody,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "key",
              bodyModel: model.Key,
              type: "model.Key",
              responseHeaders: [
                {
                  value: response.headers.get("etag"),
                  key: "etag",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-content-md5"),
                  key: "opcContentMd5",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-work-request-id"),
                  key: "opcWorkRequestId",
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
       * Restores the specified key to the specified vault from an Oracle Cloud Infrastructure
       * Object Storage location. If the vault doesn't exist, the operation returns a response with a
       * 404 HTTP status error code. You need to first restore the vault associated with the key.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param RestoreKeyFromObjectStoreRequest
       * @return RestoreKeyFromObjectStoreResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/RestoreKeyFromObjectStore.ts.html |here} to see how to use RestoreKeyFromObjectStore API.
       */
      restoreKeyFromObjectStore(restoreKeyFromObjectStoreRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsManagementClient#restoreKeyFromObjectStore.");
          const operationName = "restoreKeyFromObjectStore";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/Key/RestoreKeyFromObjectStore";
          const pathParams = {};
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": restoreKeyFromObjectStoreRequest.ifMatch,
            "opc-request-id": restoreKeyFromObjectStoreRequest.opcRequestId,
            "opc-retry-token": restoreKeyFromObjectStoreRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, restoreKeyFromObjectStoreRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/keys/actions/restoreFromObjectStore",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(restoreKeyFromObjectStoreRequest.restoreKeyFromObjectStoreDetails, "RestoreKeyFromObjectStoreDetails", model.RestoreKeyFromObjectStoreDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "key",
              bodyModel: model.Key,
              type: "model.Key",
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
                },
                {
                  value: response.headers.get("opc-work-request-id"),
                  key: "opcWorkRequestId",
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
           * Schedules the deletion of the specified key. This sets the lifecycle state of the key
      * to `PENDING_DELETION` and then deletes it after the specified retention period ends.
      * <p>
      As a provisioning operation, this call is subject to a Key Management limit that applies to
      * the total number of requests across all provisioning write operations. Key Management might
      * throttle this call to reject an otherwise valid request when the total rate of provisioning
      * write operations exceeds 10 requests per second for a given tenancy.
      *
           * This operation does not retry by default if the user has not defined a retry configuration.
           * @param ScheduleKeyDeletionRequest
           * @return ScheduleKeyDeletionResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/ScheduleKeyDeletion.ts.html |here} to see how to use ScheduleKeyDeletion API.
           */
      scheduleKeyDeletion(scheduleKeyDeletionRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsManagementClient#scheduleKeyDeletion.");
          const operationName = "scheduleKeyDeletion";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/Key/ScheduleKeyDeletion";
          const pathParams = {
            "{keyId}": scheduleKeyDeletionRequest.keyId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": scheduleKeyDeletionRequest.ifMatch,
            "opc-request-id": scheduleKeyDeletionRequest.opcRequestId,
            "opc-retry-token": scheduleKeyDeletionRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, scheduleKeyDeletionRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/keys/{keyId}/actions/scheduleDeletion",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(scheduleKeyDeletionRequest.scheduleKeyDeletionDetails, "ScheduleKeyDeletionDetails", model.ScheduleKeyDeletionDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "key",
              bodyModel: model.Key,
              type: "model.Key",
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
           * Schedules the deletion of the specified key version. This sets the lifecycle state of the key version
      * to `PENDING_DELETION` and then deletes it after the specified retention period ends.
      * <p>
      As a provisioning operation, this call is subject to a Key Management limit that applies to
      * the total number of requests across all provisioning write operations. Key Management might
      * throttle this call to reject an otherwise valid request when the total rate of provisioning
      * write operations exceeds 10 requests per second for a given tenancy.
      *
           * This operation does not retry by default if the user has not defined a retry configuration.
           * @param ScheduleKeyVersionDeletionRequest
           * @return ScheduleKeyVersionDeletionResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/ScheduleKeyVersionDeletion.ts.html |here} to see how to use ScheduleKeyVersionDeletion API.
           */
      scheduleKeyVersionDeletion(scheduleKeyVersionDeletionRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsManagementClient#scheduleKeyVersionDeletion.");
          const operationName = "scheduleKeyVersionDeletion";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/KeyVersion/ScheduleKeyVersionDeletion";
          const pathParams = {
            "{keyId}": scheduleKeyVersionDeletionRequest.keyId,
            "{keyVersionId}": scheduleKeyVersionDeletionRequest.keyVersionId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": scheduleKeyVersionDeletionRequest.ifMatch,
            "opc-request-id": scheduleKeyVersionDeletionRequest.opcRequestId,
            "opc-retry-token": scheduleKeyVersionDeletionRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, scheduleKeyVersionDeletionRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/keys/{keyId}/keyVersions/{keyVersionId}/actions/scheduleDeletion",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(scheduleKeyVersionDeletionRequest.scheduleKeyVersionDeletionDetails, "ScheduleKeyVersionDeletionDetails", model.ScheduleKeyVersionDeletionDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "keyVersion",
              bodyModel: model.KeyVersion,
              type: "model.KeyVersion",
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
           * Updates the properties of a master encryption key. Specifically, you can update the
      * `displayName`, `freeformTags`, and `definedTags` properties. Furthermore,
      * the key must be in an `ENABLED` or `CREATING` state to be updated.
      * <p>
      As a management operation, this call is subject to a Key Management limit that applies to the total number
      * of requests across all management write operations. Key Management might throttle this call to reject an
      * otherwise valid request when the total rate of management write operations exceeds 10 requests per second
      * for a given tenancy.
      *
           * This operation does not retry by default if the user has not defined a retry configuration.
           * @param UpdateKeyRequest
           * @return UpdateKeyResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/UpdateKey.ts.html |here} to see how to use UpdateKey API.
           */
      updateKey(updateKeyRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsManagementClient#updateKey.");
          const operationName = "updateKey";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/Key/UpdateKey";
          const pathParams = {
            "{keyId}": updateKeyRequest.keyId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": updateKeyRequest.ifMatch,
            "opc-request-id": updateKeyRequest.opcRequestId
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, updateKeyRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/keys/{keyId}",
            method: "PUT",
            bodyContent: common2.ObjectSerializer.serialize(updateKeyRequest.updateKeyDetails, "UpdateKeyDetails", model.UpdateKeyDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "key",
              bodyModel: model.Key,
              type: "model.Key",
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
    exports.KmsManagementClient = KmsManagementClient;
    KmsManagementClient.serviceEndpointTemplate = "https://kms.{region}.{secondLevelDomain}";
    KmsManagementClient.endpointServiceName = "";
    var KmsVaultApiKeys;
    /* @__PURE__ */ (function(KmsVaultApiKeys2) {
    })(KmsVaultApiKeys = exports.KmsVaultApiKeys || (exports.KmsVaultApiKeys = {}));
    var KmsVaultClient2 = class _KmsVaultClient {
      constructor(params, clientConfiguration) {
        this["_realmSpecificEndpointTemplateEnabled"] = void 0;
        this["_endpoint"] = "";
        this["_defaultHeaders"] = {};
        this._circuitBreaker = null;
        this._httpOptions = void 0;
        this._bodyDuplexMode = void 0;
        this.targetService = "KmsVault";
        this._regionId = "";
        this._lastSetRegionOrRegionId = "";
        const requestSigner = params.authenticationDetailsProvider ? new common2.DefaultRequestSigner(params.authenticationDetailsProvider) : null;
        this._authProvider = params.authenticationDetailsProvider;
        if (clientConfiguration) {
          this._clientConfiguration = clientConfiguration;
          this._circuitBreaker = clientConfiguration.circuitBreaker ? clientConfiguration.circuitBreaker.circuit : null;
          this._httpOptions = clientConfiguration.httpOptions ? clientConfiguration.httpOptions : void 0;
          this._bodyDuplexMode = clientConfiguration.bodyDuplexMode ? clientConfiguration.bodyDuplexMode : void 0;
        }
        if (!oci_common_2.developerToolConfiguration.isServiceEnabled("keymanagement")) {
          let errmsg = "The developerToolConfiguration configuration disabled this service, this behavior is controlled by developerToolConfiguration.ociEnabledServiceSet variable. Please check if your local developer_tool_configuration file has configured the service you're targeting or contact the cloud provider on the availability of this service : ";
          throw errmsg.concat("keymanagement");
        }
        const specCircuitBreakerEnabled = true;
        if (!this._circuitBreaker && common2.utils.isCircuitBreakerSystemEnabled(clientConfiguration) && (specCircuitBreakerEnabled || common2.CircuitBreaker.DefaultCircuitBreakerOverriden)) {
          this._circuitBreaker = new common2.CircuitBreaker().circuit;
        }
        this._httpClient = params.httpClient || new common2.FetchHttpClient(requestSigner, this._circuitBreaker, this._httpOptions, this._bodyDuplexMode);
        if (params.authenticationDetailsProvider && common2.isRegionProvider(params.authenticationDetailsProvider)) {
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
        if (this.logger)
          this.logger.info(`KmsVaultClient endpoint set to ${this._endpoint}`);
      }
      get logger() {
        return common2.LOG.logger;
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
        if (this._lastSetRegionOrRegionId === common2.Region.REGION_STRING) {
          this.endpoint = common2.EndpointBuilder.createEndpointFromRegion(_KmsVaultClient.serviceEndpointTemplate, this._region, _KmsVaultClient.endpointServiceName);
        } else if (this._lastSetRegionOrRegionId === common2.Region.REGION_ID_STRING) {
          this.endpoint = common2.EndpointBuilder.createEndpointFromRegionId(_KmsVaultClient.serviceEndpointTemplate, this._regionId, _KmsVaultClient.endpointServiceName);
        }
      }
      /**
       * Sets the region to call (ex, Region.US_PHOENIX_1).
       * Note, this will call {@link #endpoint(String) endpoint} after resolving the endpoint.
       * @param region The region of the service.
       */
      set region(region) {
        this._region = region;
        this.endpoint = common2.EndpointBuilder.createEndpointFromRegion(_KmsVaultClient.serviceEndpointTemplate, region, _KmsVaultClient.endpointServiceName);
        this._lastSetRegionOrRegionId = common2.Region.REGION_STRING;
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
        this.endpoint = common2.EndpointBuilder.createEndpointFromRegionId(_KmsVaultClient.serviceEndpointTemplate, regionId, _KmsVaultClient.endpointServiceName);
        this._lastSetRegionOrRegionId = common2.Region.REGION_ID_STRING;
      }
      /**
       * Creates a new KmsVaultWaiter for resources for this service.
       *
       * @param config The waiter configuration for termination and delay strategy
       * @return The service waiters.
       */
      createWaiters(config) {
        this._waiters = new kmsvault_waiter_1.KmsVaultWaiter(this, config);
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
          if (this._authProvider instanceof common2.AbstractRequestingAuthenticationDetailsProvider)
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
       * Backs up an encrypted file that contains all the metadata of a vault so that you can restore the vault later.
       * You can backup a vault whether or not it contains keys. This operation only backs up the
       * metadata of the vault, and does not include key metadata.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param BackupVaultRequest
       * @return BackupVaultResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/BackupVault.ts.html |here} to see how to use BackupVault API.
       */
      backupVault(backupVaultRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsVaultClient#backupVault.");
          const operationName = "backupVault";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/Vault/BackupVault";
          const pathParams = {
            "{vaultId}": backupVaultRequest.vaultId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": backupVaultRequest.ifMatch,
            "opc-request-id": backupVaultRequest.opcRequestId,
            "opc-retry-token": backupVaultRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, backupVaultRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/vaults/{vaultId}/actions/backup",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(backupVaultRequest.backupVaultDetails, "BackupVaultDetails", model.BackupVaultDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "vault",
              bodyModel: model.Vault,
              type: "model.Vault",
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
                },
                {
                  value: response.headers.get("opc-work-request-id"),
                  key: "opcWorkRequestId",
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
           * Cancels the scheduled deletion of the specified vault. Canceling a scheduled deletion
      * restores the vault and all keys in it to their respective states from before their
      * scheduled deletion. All keys that were scheduled for deletion prior to vault
      * deletion retain their lifecycle state and time of deletion.
      * <p>
      As a provisioning operation, this call is subject to a Key Management limit that applies to
      * the total number of requests across all provisioning write operations. Key Management might
      * throttle this call to reject an otherwise valid request when the total rate of provisioning
      * write operations exceeds 10 requests per second for a given tenancy.
      *
           * This operation does not retry by default if the user has not defined a retry configuration.
           * @param CancelVaultDeletionRequest
           * @return CancelVaultDeletionResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/CancelVaultDeletion.ts.html |here} to see how to use CancelVaultDeletion API.
           */
      cancelVaultDeletion(cancelVaultDeletionRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsVaultClient#cancelVaultDeletion.");
          const operationName = "cancelVaultDeletion";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/Vault/CancelVaultDeletion";
          const pathParams = {
            "{vaultId}": cancelVaultDeletionRequest.vaultId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": cancelVaultDeletionRequest.ifMatch,
            "opc-request-id": cancelVaultDeletionRequest.opcRequestId,
            "opc-retry-token": cancelVaultDeletionRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, cancelVaultDeletionRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/vaults/{vaultId}/actions/cancelDeletion",
            method: "POST",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "vault",
              bodyModel: model.Vault,
              type: "model.Vault",
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
           * Moves a vault into a different compartment within the same tenancy. For information about
      * moving resources between compartments, see [Moving Resources to a Different Compartment](https://docs.oracle.com/iaas/Content/Identity/Tasks/managingcompartments.htm#moveRes).
      * <p>
      When provided, if-match is checked against the ETag values of the resource.
      * <p>
      As a provisioning operation, this call is subject to a Key Management limit that applies to
      * the total number of requests across all provisioning write operations. Key Management might
      * throttle this call to reject an otherwise valid request when the total rate of provisioning
      * write operations exceeds 10 requests per second for a given tenancy.
      *
           * This operation does not retry by default if the user has not defined a retry configuration.
           * @param ChangeVaultCompartmentRequest
           * @return ChangeVaultCompartmentResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/ChangeVaultCompartment.ts.html |here} to see how to use ChangeVaultCompartment API.
           */
      changeVaultCompartment(changeVaultCompartmentRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsVaultClient#changeVaultCompartment.");
          const operationName = "changeVaultCompartment";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/Vault/ChangeVaultCompartment";
          const pathParams = {
            "{vaultId}": changeVaultCompartmentRequest.vaultId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": changeVaultCompartmentRequest.ifMatch,
            "opc-request-id": changeVaultCompartmentRequest.opcRequestId,
            "opc-retry-token": changeVaultCompartmentRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, changeVaultCompartmentRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/vaults/{vaultId}/actions/changeCompartment",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(changeVaultCompartmentRequest.changeVaultCompartmentDetails, "ChangeVaultCompartmentDetails", model.ChangeVaultCompartmentDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
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
           * Creates a new vault. The type of vault you create determines key placement, pricing, and
      * available options. Options include storage isolation, a dedicated service endpoint instead
      * of a shared service endpoint for API calls, and either a dedicated hardware security module
      * (HSM) or a multitenant HSM.
      * <p>
      As a provisioning operation, this call is subject to a Key Management limit that applies to
      * the total number of requests across all provisioning write operations. Key Management might
      * throttle this call to reject an otherwise valid request when the total rate of provisioning
      * write operations exceeds 10 requests per second for a given tenancy.
      *
           * This operation does not retry by default if the user has not defined a retry configuration.
           * @param CreateVaultRequest
           * @return CreateVaultResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/CreateVault.ts.html |here} to see how to use CreateVault API.
           */
      createVault(createVaultRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsVaultClient#createVault.");
          const operationName = "createVault";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/Vault/CreateVault";
          const pathParams = {};
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": createVaultRequest.opcRequestId,
            "opc-retry-token": createVaultRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, createVaultRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/vaults",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(createVaultRequest.createVaultDetails, "CreateVaultDetails", model.CreateVaultDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "vault",
              bodyModel: model.Vault,
              type: "model.Vault",
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
           * Creates a replica for the vault in another region in the same realm
      * <p>
      The API is a no-op if called for same region that a vault is already replicated to.
      * 409 if called on a vault that is already replicated to a different region. Users need to delete
      * existing replica first before calling it with a different region.
      * <p>
      As a provisioning operation, this call is subject to a Key Management limit that applies to
      * the total number of requests across all provisioning write operations. Key Management might
      * throttle this call to reject an otherwise valid request when the total rate of provisioning
      * write operations exceeds 10 requests per second for a given tenancy.
      *
           * This operation does not retry by default if the user has not defined a retry configuration.
           * @param CreateVaultReplicaRequest
           * @return CreateVaultReplicaResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/CreateVaultReplica.ts.html |here} to see how to use CreateVaultReplica API.
           */
      createVaultReplica(createVaultReplicaRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsVaultClient#createVaultReplica.");
          const operationName = "createVaultReplica";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/Vault/CreateVaultReplica";
          const pathParams = {
            "{vaultId}": createVaultReplicaRequest.vaultId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": createVaultReplicaRequest.ifMatch,
            "opc-request-id": createVaultReplicaRequest.opcRequestId,
            "opc-retry-token": createVaultReplicaRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, createVaultReplicaRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/vaults/{vaultId}/actions/createReplica",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(createVaultReplicaRequest.createVaultReplicaDetails, "CreateVaultReplicaDetails", model.CreateVaultReplicaDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              responseHeaders: [
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-work-request-id"),
                  key: "opcWorkRequestId",
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
           * Deletes a vault replica
      * <p>
      As a provisioning operation, this call is subject to a Key Management limit that applies to
      * the total number of requests across all provisioning write operations. Key Management might
      * throttle this call to reject an otherwise valid request when the total rate of provisioning
      * write operations exceeds 10 requests per second for a given tenancy.
      *
           * This operation does not retry by default if the user has not defined a retry configuration.
           * @param DeleteVaultReplicaRequest
           * @return DeleteVaultReplicaResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/DeleteVaultReplica.ts.html |here} to see how to use DeleteVaultReplica API.
           */
      deleteVaultReplica(deleteVaultReplicaRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsVaultClient#deleteVaultReplica.");
          const operationName = "deleteVaultReplica";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/Vault/DeleteVaultReplica";
          const pathParams = {
            "{vaultId}": deleteVaultReplicaRequest.vaultId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": deleteVaultReplicaRequest.ifMatch,
            "opc-request-id": deleteVaultReplicaRequest.opcRequestId,
            "opc-retry-token": deleteVaultReplicaRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, deleteVaultReplicaRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/vaults/{vaultId}/actions/deleteReplica",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(deleteVaultReplicaRequest.deleteVaultReplicaDetails, "DeleteVaultReplicaDetails", model.DeleteVaultReplicaDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              responseHeaders: [
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-work-request-id"),
                  key: "opcWorkRequestId",
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
           * Gets the specified vault's configuration information.
      * <p>
      As a provisioning operation, this call is subject to a Key Management limit that applies to
      * the total number of requests across all provisioning read operations. Key Management might
      * throttle this call to reject an otherwise valid request when the total rate of provisioning
      * read operations exceeds 10 requests per second for a given tenancy.
      *
           * This operation does not retry by default if the user has not defined a retry configuration.
           * @param GetVaultRequest
           * @return GetVaultResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/GetVault.ts.html |here} to see how to use GetVault API.
           */
      getVault(getVaultRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsVaultClient#getVault.");
          const operationName = "getVault";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/Vault/GetVault";
          const pathParams = {
            "{vaultId}": getVaultRequest.vaultId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": getVaultRequest.opcRequestId
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getVaultRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/vaults/{vaultId}",
            method: "GET",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "vault",
              bodyModel: model.Vault,
              type: "model.Vault",
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
       * Gets the count of keys and key versions in the specified vault to calculate usage against service limits.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param GetVaultUsageRequest
       * @return GetVaultUsageResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/GetVaultUsage.ts.html |here} to see how to use GetVaultUsage API.
       */
      getVaultUsage(getVaultUsageRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsVaultClient#getVaultUsage.");
          const operationName = "getVaultUsage";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/VaultUsage/GetVaultUsage";
          const pathParams = {
            "{vaultId}": getVaultUsageRequest.vaultId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": getVaultUsageRequest.opcRequestId
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getVaultUsageRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/vaults/{vaultId}/usage",
            method: "GET",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "vaultUsage",
              bodyModel: model.VaultUsage,
              type: "model.VaultUsage",
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
           * Lists the replicas for a vault
      * <p>
      As a provisioning operation, this call is subject to a Key Management limit that applies to
      * the total number of requests across all provisioning write operations. Key Management might
      * throttle this call to reject an otherwise valid request when the total rate of provisioning
      * write operations exceeds 10 requests per second for a given tenancy.
      *
           * This operation does not retry by default if the user has not defined a retry configuration.
           * @param ListVaultReplicasRequest
           * @return ListVaultReplicasResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/ListVaultReplicas.ts.html |here} to see how to use ListVaultReplicas API.
           */
      listVaultReplicas(listVaultReplicasRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsVaultClient#listVaultReplicas.");
          const operationName = "listVaultReplicas";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/Vault/ListVaultReplicas";
          const pathParams = {
            "{vaultId}": listVaultReplicasRequest.vaultId
          };
          const queryParams = {
            "limit": listVaultReplicasRequest.limit,
            "page": listVaultReplicasRequest.page,
            "sortBy": listVaultReplicasRequest.sortBy,
            "sortOrder": listVaultReplicasRequest.sortOrder
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": listVaultReplicasRequest.ifMatch,
            "opc-request-id": listVaultReplicasRequest.opcRequestId,
            "opc-retry-token": listVaultReplicasRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listVaultReplicasRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/vaults/{vaultId}/actions/listReplicas",
            method: "GET",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "items",
              bodyModel: model.VaultReplicaSummary,
              type: "Array<model.VaultReplicaSummary>",
              responseHeaders: [
                {
                  value: response.headers.get("etag"),
                  key: "etag",
                  dataType: "string"
                },
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
       * NOTE: This function is deprecated in favor of listVaultReplicasRecordIterator function.
       * Creates a new async iterator which will iterate over the models.VaultReplicaSummary objects
       * contained in responses from the listVaultReplicas operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllVaultReplicas(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listVaultReplicas(req));
      }
      /**
       * NOTE: This function is deprecated in favor of listVaultReplicasResponseIterator function.
       * Creates a new async iterator which will iterate over the responses received from the listVaultReplicas operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllVaultReplicasResponses(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listVaultReplicas(req));
      }
      /**
       * Creates a new async iterator which will iterate over the models.VaultReplicaSummary objects
       * contained in responses from the listVaultReplicas operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listVaultReplicasRecordIterator(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listVaultReplicas(req));
      }
      /**
       * Creates a new async iterator which will iterate over the responses received from the listVaultReplicas operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listVaultReplicasResponseIterator(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listVaultReplicas(req));
      }
      /**
           * Lists the vaults in the specified compartment.
      * <p>
      As a provisioning operation, this call is subject to a Key Management limit that applies to
      * the total number of requests across all provisioning read operations. Key Management might
      * throttle this call to reject an otherwise valid request when the total rate of provisioning
      * read operations exceeds 10 requests per second for a given tenancy.
      *
           * This operation does not retry by default if the user has not defined a retry configuration.
           * @param ListVaultsRequest
           * @return ListVaultsResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/ListVaults.ts.html |here} to see how to use ListVaults API.
           */
      listVaults(listVaultsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsVaultClient#listVaults.");
          const operationName = "listVaults";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/VaultSummary/ListVaults";
          const pathParams = {};
          const queryParams = {
            "compartmentId": listVaultsRequest.compartmentId,
            "limit": listVaultsRequest.limit,
            "page": listVaultsRequest.page,
            "sortBy": listVaultsRequest.sortBy,
            "sortOrder": listVaultsRequest.sortOrder
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-request-id": listVaultsRequest.opcRequestId
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listVaultsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/vaults",
            method: "GET",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "items",
              bodyModel: model.VaultSummary,
              type: "Array<model.VaultSummary>",
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
       * NOTE: This function is deprecated in favor of listVaultsRecordIterator function.
       * Creates a new async iterator which will iterate over the models.VaultSummary objects
       * contained in responses from the listVaults operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllVaults(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listVaults(req));
      }
      /**
       * NOTE: This function is deprecated in favor of listVaultsResponseIterator function.
       * Creates a new async iterator which will iterate over the responses received from the listVaults operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllVaultsResponses(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listVaults(req));
      }
      /**
       * Creates a new async iterator which will iterate over the models.VaultSummary objects
       * contained in responses from the listVaults operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listVaultsRecordIterator(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listVaults(req));
      }
      /**
       * Creates a new async iterator which will iterate over the responses received from the listVaults operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listVaultsResponseIterator(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listVaults(req));
      }
      /**
       * Restores a vault from an encrypted backup file. If a vault
       * with the same OCID already exists, this operation returns a response with a
       * 409 HTTP status error code.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param RestoreVaultFromFileRequest
       * @return RestoreVaultFromFileResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/RestoreVaultFromFile.ts.html |here} to see how to use RestoreVaultFromFile API.
       */
      restoreVaultFromFile(restoreVaultFromFileRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsVaultClient#restoreVaultFromFile.");
          const operationName = "restoreVaultFromFile";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/Vault/RestoreVaultFromFile";
          const pathParams = {};
          const queryParams = {
            "compartmentId": restoreVaultFromFileRequest.compartmentId
          };
          let headerParams = {
            "content-length": restoreVaultFromFileRequest.contentLength,
            "if-match": restoreVaultFromFileRequest.ifMatch,
            "content-md5": restoreVaultFromFileRequest.contentMd5,
            "opc-request-id": restoreVaultFromFileRequest.opcRequestId,
            "opc-retry-token": restoreVaultFromFileRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, restoreVaultFromFileRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/vaults/actions/restoreFromFile",
            method: "POST",
            bodyContent: restoreVaultFromFileRequest.restoreVaultFromFileDetails,
            pathParams,
            headerParams,
            backupBinaryBody: retrier.backUpBinaryBody,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "vault",
              bodyModel: model.Vault,
              type: "model.Vault",
              responseHeaders: [
                {
                  value: response.headers.get("etag"),
                  key: "etag",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-content-md5"),
                  key: "opcContentMd5",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-work-request-id"),
                  key: "opcWorkRequestId",
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
       * Restores a vault from an encrypted backup file stored in Oracle Cloud Infrastructure Object
       * Storage. If a vault with the same OCID already exists, this operation returns
       * a response with a 409 HTTP status error code.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param RestoreVaultFromObjectStoreRequest
       * @return RestoreVaultFromObjectStoreResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/RestoreVaultFromObjectStore.ts.html |here} to see how to use RestoreVaultFromObjectStore API.
       */
      restoreVaultFromObjectStore(restoreVaultFromObjectStoreRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsVaultClient#restoreVaultFromObjectStore.");
          const operationName = "restoreVaultFromObjectStore";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/Vault/RestoreVaultFromObjectStore";
          const pathParams = {};
          const queryParams = {
            "compartmentId": restoreVaultFromObjectStoreRequest.compartmentId
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": restoreVaultFromObjectStoreRequest.ifMatch,
            "opc-request-id": restoreVaultFromObjectStoreRequest.opcRequestId,
            "opc-retry-token": restoreVaultFromObjectStoreRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, restoreVaultFromObjectStoreRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/vaults/actions/restoreFromObjectStore",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(restoreVaultFromObjectStoreRequest.restoreVaultFromObjectStoreDetails, "RestoreVaultFromObjectStoreDetails", model.RestoreVaultFromObjectStoreDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "vault",
              bodyModel: model.Vault,
              type: "model.Vault",
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
                },
                {
                  value: response.headers.get("opc-work-request-id"),
                  key: "opcWorkRequestId",
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
           * Schedules the deletion of the specified vault. This sets the lifecycle state of the vault and all keys in it
      * that are not already scheduled for deletion to `PENDING_DELETION` and then deletes them after the
      * retention period ends. The lifecycle state and time of deletion for keys already scheduled for deletion won't
      * change. If any keys in the vault are scheduled to be deleted after the specified time of
      * deletion for the vault, the call is rejected with the error code 409.
      * <p>
      As a provisioning operation, this call is subject to a Key Management limit that applies to
      * the total number of requests across all provisioning write operations. Key Management might
      * throttle this call to reject an otherwise valid request when the total rate of provisioning
      * write operations exceeds 10 requests per second for a given tenancy.
      *
           * This operation does not retry by default if the user has not defined a retry configuration.
           * @param ScheduleVaultDeletionRequest
           * @return ScheduleVaultDeletionResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/ScheduleVaultDeletion.ts.html |here} to see how to use ScheduleVaultDeletion API.
           */
      scheduleVaultDeletion(scheduleVaultDeletionRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsVaultClient#scheduleVaultDeletion.");
          const operationName = "scheduleVaultDeletion";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/Vault/ScheduleVaultDeletion";
          const pathParams = {
            "{vaultId}": scheduleVaultDeletionRequest.vaultId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": scheduleVaultDeletionRequest.ifMatch,
            "opc-request-id": scheduleVaultDeletionRequest.opcRequestId,
            "opc-retry-token": scheduleVaultDeletionRequest.opcRetryToken
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, scheduleVaultDeletionRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/vaults/{vaultId}/actions/scheduleDeletion",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(scheduleVaultDeletionRequest.scheduleVaultDeletionDetails, "ScheduleVaultDeletionDetails", model.ScheduleVaultDeletionDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "vault",
              bodyModel: model.Vault,
              type: "model.Vault",
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
       * Update fleet ids for the registered mTLS vault.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param UpdateRegisteredVaultForMtlsRequest
       * @return UpdateRegisteredVaultForMtlsResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/UpdateRegisteredVaultForMtls.ts.html |here} to see how to use UpdateRegisteredVaultForMtls API.
       */
      updateRegisteredVaultForMtls(updateRegisteredVaultForMtlsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsVaultClient#updateRegisteredVaultForMtls.");
          const operationName = "updateRegisteredVaultForMtls";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/UpdateRegisteredVaultForMtlsDetails/UpdateRegisteredVaultForMtls";
          const pathParams = {
            "{vaultId}": updateRegisteredVaultForMtlsRequest.vaultId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": updateRegisteredVaultForMtlsRequest.ifMatch,
            "opc-request-id": updateRegisteredVaultForMtlsRequest.opcRequestId
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, updateRegisteredVaultForMtlsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/vaults/{vaultId}/updateRegisteredVaultForMtls",
            method: "PUT",
            bodyContent: common2.ObjectSerializer.serialize(updateRegisteredVaultForMtlsRequest.updateRegisteredVaultForMtlsDetails, "UpdateRegisteredVaultForMtlsDetails", model.UpdateRegisteredVaultForMtlsDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "vaultMtlsUpdateResponse",
              bodyModel: model.VaultMtlsUpdateResponse,
              type: "model.VaultMtlsUpdateResponse",
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
           * Updates the properties of a vault. Specifically, you can update the
      * `displayName`, `freeformTags`, and `definedTags` properties. Furthermore,
      * the vault must be in an ACTIVE or CREATING state to be updated.
      * <p>
      As a provisioning operation, this call is subject to a Key Management limit that applies to
      * the total number of requests across all provisioning write operations. Key Management might
      * throttle this call to reject an otherwise valid request when the total rate of provisioning
      * write operations exceeds 10 requests per second for a given tenancy.
      *
           * This operation does not retry by default if the user has not defined a retry configuration.
           * @param UpdateVaultRequest
           * @return UpdateVaultResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/keymanagement/UpdateVault.ts.html |here} to see how to use UpdateVault API.
           */
      updateVault(updateVaultRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation KmsVaultClient#updateVault.");
          const operationName = "updateVault";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/key/release/Vault/UpdateVault";
          const pathParams = {
            "{vaultId}": updateVaultRequest.vaultId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": updateVaultRequest.ifMatch,
            "opc-request-id": updateVaultRequest.opcRequestId
          };
          const specRetryConfiguration = common2.NoRetryConfigurationDetails;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, updateVaultRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/20180608/vaults/{vaultId}",
            method: "PUT",
            bodyContent: common2.ObjectSerializer.serialize(updateVaultRequest.updateVaultDetails, "UpdateVaultDetails", model.UpdateVaultDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "vault",
              bodyModel: model.Vault,
              type: "model.Vault",
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
    exports.KmsVaultClient = KmsVaultClient2;
    KmsVaultClient2.serviceEndpointTemplate = "https://kms.{region}.{secondLevelDomain}";
    KmsVaultClient2.endpointServiceName = "";
  }
});

// node_modules/oci-keymanagement/index.js
var require_oci_keymanagement = __commonJS({
  "node_modules/oci-keymanagement/index.js"(exports) {
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
    exports.KmsVaultWaiter = exports.KmsVaultClient = exports.KmsManagementWaiter = exports.KmsManagementClient = exports.KmsHsmClusterWaiter = exports.KmsHsmClusterClient = exports.KmsCryptoClient = exports.EkmWaiter = exports.EkmClient = exports.responses = exports.requests = exports.models = void 0;
    var requests2 = __importStar(require_request());
    exports.requests = requests2;
    var models = __importStar(require_model());
    exports.models = models;
    var responses = __importStar(require_response());
    exports.responses = responses;
    var client = __importStar(require_client());
    var ekm_waiter = __importStar(require_ekm_waiter());
    var kmshsmcluster_waiter = __importStar(require_kmshsmcluster_waiter());
    var kmsmanagement_waiter = __importStar(require_kmsmanagement_waiter());
    var kmsvault_waiter = __importStar(require_kmsvault_waiter());
    exports.EkmClient = client.EkmClient;
    exports.EkmWaiter = ekm_waiter.EkmWaiter;
    exports.KmsCryptoClient = client.KmsCryptoClient;
    exports.KmsHsmClusterClient = client.KmsHsmClusterClient;
    exports.KmsHsmClusterWaiter = kmshsmcluster_waiter.KmsHsmClusterWaiter;
    exports.KmsManagementClient = client.KmsManagementClient;
    exports.KmsManagementWaiter = kmsmanagement_waiter.KmsManagementWaiter;
    exports.KmsVaultClient = client.KmsVaultClient;
    exports.KmsVaultWaiter = kmsvault_waiter.KmsVaultWaiter;
  }
});

// src/oci/signing.ts
var import_oci_artifacts = __toESM(require_oci_artifacts(), 1);
var common = __toESM(require_oci_common(), 1);
var import_oci_keymanagement = __toESM(require_oci_keymanagement(), 1);
import { setTimeout as sleep } from "node:timers/promises";
var DEFAULT_IMAGE_LOOKUP_TIMEOUT_MS = 3e4;
var IMAGE_LOOKUP_FIRST_DELAY_MS = 1e3;
var VAULT_OCID = /^ocid1\.vault\./;
var GROUP = "<your-group>";
async function signPushedImage(oci, request) {
  const algorithm = request.algorithm ?? DEFAULT_SIGNING_ALGORITHM;
  const image = await findImageByDigest(oci, request);
  const fields = {
    description: request.description ?? "",
    imageDigest: image.digest,
    kmsKeyId: request.keyId,
    kmsKeyVersionId: request.keyVersionId,
    metadata: request.metadata ?? "",
    region: request.regionId,
    repositoryName: image.repositoryName,
    signingAlgorithm: algorithm
  };
  const size = signatureMessageBytes(fields);
  if (size > KMS_RAW_MESSAGE_LIMIT) {
    throw new ActionError(
      `The signature message is ${size} bytes, over the ${KMS_RAW_MESSAGE_LIMIT} bytes KMS signs: shorten 'sign-description' or 'sign-metadata'.`
    );
  }
  const message = signatureMessage(fields);
  const endpoint = await cryptoEndpoint(oci, request);
  const signature = await signWithKms(oci, endpoint, message, request, algorithm);
  const created = await createSignature(oci, {
    compartmentId: image.compartmentId,
    imageId: image.id,
    kmsKeyId: request.keyId,
    kmsKeyVersionId: request.keyVersionId,
    message,
    signature,
    signingAlgorithm: algorithm
  });
  return {
    id: created.id,
    imageId: image.id,
    compartmentId: image.compartmentId,
    keyId: request.keyId,
    keyVersionId: request.keyVersionId,
    algorithm,
    message
  };
}
async function findImageByDigest(oci, request) {
  const artifacts = oci.service(import_oci_artifacts.ArtifactsClient);
  const deadline = Date.now() + (request.imageLookupTimeoutMs ?? DEFAULT_IMAGE_LOOKUP_TIMEOUT_MS);
  for (let delay = IMAGE_LOOKUP_FIRST_DELAY_MS; ; delay *= 2) {
    let found;
    try {
      found = await findInPages(
        async (page) => {
          const response = await oci.call(
            () => artifacts.listContainerImages({
              compartmentId: oci.tenancy,
              compartmentIdInSubtree: true,
              repositoryName: request.repositoryName,
              imageDigest: request.digest,
              sortBy: import_oci_artifacts.requests.ListContainerImagesRequest.SortBy.Timecreated,
              sortOrder: import_oci_artifacts.requests.ListContainerImagesRequest.SortOrder.Desc,
              limit: PAGE_LIMIT,
              ...page ? { page } : {}
            })
          );
          return { items: response.containerImageCollection.items, nextPage: response.opcNextPage };
        },
        (item) => item.repositoryName === request.repositoryName && item.digest === request.digest && !isGone(item.lifecycleState)
      );
    } catch (error) {
      throw new ActionError(
        `Signing: the pushed image ${request.repositoryName}@${request.digest} could not be looked up. The API key's user needs this IAM policy: "Allow group ${GROUP} to read repos in tenancy". ${causeOf(error)}`
      );
    }
    if (found) return found;
    if (Date.now() + delay > deadline) break;
    oci.log(
      `Signing: ${request.repositoryName}@${request.digest} is not listed yet; looking again in ${delay / 1e3} s`
    );
    await sleep(delay);
  }
  throw new ActionError(
    `Signing: no image ${request.repositoryName}@${request.digest} is listed by the OCI Artifacts API. Check that the push went to this tenancy's registry in region ${request.regionId}, and that the API key's user may list it ("Allow group ${GROUP} to read repos in tenancy").`
  );
}
async function cryptoEndpoint(oci, request) {
  const given = request.cryptoEndpoint?.trim();
  if (given && VAULT_OCID.test(given)) {
    const vaults = oci.service(import_oci_keymanagement.KmsVaultClient);
    try {
      const { vault } = await oci.call(() => vaults.getVault({ vaultId: given }));
      return vault.cryptoEndpoint;
    } catch (error) {
      throw new ActionError(
        `Signing: the vault ${given} ('sign-crypto-endpoint') could not be read to find its crypto endpoint. Give the crypto endpoint URL instead (Vault details page, "Cryptographic Endpoint"), or add "Allow group ${GROUP} to read vaults in compartment id <vault's compartment OCID>". ${causeOf(error)}`
      );
    }
  }
  if (given) return given.replace(/\/+$/, "");
  const region = common.Region.fromRegionId(request.regionId);
  const derived = region ? cryptoEndpointFromKeyId(request.keyId, request.regionId, region.realm.secondLevelDomain) : void 0;
  if (!derived) {
    throw new ActionError(
      `Signing: the crypto endpoint of the key ${request.keyId} cannot be derived from its OCID: set 'sign-crypto-endpoint' to the vault's crypto endpoint URL (e.g. https://<vault>-crypto.kms.${request.regionId}.oraclecloud.com) or to the vault's OCID.`
    );
  }
  return derived;
}
async function signWithKms(oci, endpoint, message, request, algorithm) {
  const crypto = oci.serviceAt(import_oci_keymanagement.KmsCryptoClient, endpoint);
  try {
    const { signedData } = await oci.call(
      () => crypto.sign({
        signDataDetails: {
          message,
          keyId: request.keyId,
          keyVersionId: request.keyVersionId,
          signingAlgorithm: algorithm,
          // The CLI signs the message itself, not a digest of it.
          messageType: import_oci_keymanagement.models.SignDataDetails.MessageType.Raw
        }
      })
    );
    return signedData.signature;
  } catch (error) {
    const status = statusOf(error);
    const advice = status === 400 ? `Check that 'sign-key' is an RSA key, that 'sign-key-version' (${request.keyVersionId}) is an enabled version of it, and that 'sign-algorithm' ${algorithm} suits it.` : `The API key's user needs: "Allow group ${GROUP} to use keys in compartment id <key's compartment OCID> where target.key.id = '${request.keyId}'"; check also that ${endpoint} is the crypto endpoint of the key's vault ('sign-crypto-endpoint').`;
    throw new ActionError(
      `Signing: KMS refused to sign with key ${request.keyId}. ${advice} ${causeOf(error)}`
    );
  }
}
async function createSignature(oci, details) {
  const artifacts = oci.service(import_oci_artifacts.ArtifactsClient);
  try {
    const { containerImageSignature } = await oci.call(
      () => artifacts.createContainerImageSignature({ createContainerImageSignatureDetails: details })
    );
    return containerImageSignature;
  } catch (error) {
    const advice = statusOf(error) === 400 ? "OCIR found the signature or its message invalid." : `The API key's user needs: "Allow group ${GROUP} to manage repos in compartment id ${details.compartmentId}".`;
    throw new ActionError(
      `Signing: the image was signed by KMS but OCIR refused to store the signature. ${advice} ${causeOf(error)}`
    );
  }
}
export {
  signPushedImage
};
