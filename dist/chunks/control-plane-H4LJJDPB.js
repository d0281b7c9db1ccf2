import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  require_oci_identity
} from "./chunk-XYXYQCGS.js";
import {
  registryToken,
  registryTokenGrant,
  require_oci_containerregistry
} from "./chunk-S5TFWQL2.js";
import {
  tagDigests
} from "./chunk-Y6EPEAJS.js";
import {
  BRIEF_RETRY,
  connectOci
} from "./chunk-ODWGAMAK.js";
import {
  ensureRepository,
  findRepository
} from "./chunk-JQFTA3QT.js";
import {
  require_oci_artifacts
} from "./chunk-TA26EA5O.js";
import "./chunk-R4NKTY3J.js";
import {
  require_oci_common,
  require_opossum
} from "./chunk-HQHPRU6P.js";
import {
  OciNetworkError,
  isTransient
} from "./chunk-2GS5O6KY.js";
import "./chunk-ZRR2EDCD.js";
import "./chunk-JCNSVIZG.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-OQV333LO.js";

// node_modules/oci-objectstorage/lib/request/get-bucket-request.js
var require_get_bucket_request = __commonJS({
  "node_modules/oci-objectstorage/lib/request/get-bucket-request.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.GetBucketRequest = void 0;
    var GetBucketRequest;
    (function(GetBucketRequest2) {
      let Fields;
      (function(Fields2) {
        Fields2["ApproximateCount"] = "approximateCount";
        Fields2["ApproximateSize"] = "approximateSize";
        Fields2["AutoTiering"] = "autoTiering";
      })(Fields = GetBucketRequest2.Fields || (GetBucketRequest2.Fields = {}));
    })(GetBucketRequest = exports.GetBucketRequest || (exports.GetBucketRequest = {}));
  }
});

// node_modules/oci-objectstorage/lib/request/list-buckets-request.js
var require_list_buckets_request = __commonJS({
  "node_modules/oci-objectstorage/lib/request/list-buckets-request.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ListBucketsRequest = void 0;
    var ListBucketsRequest;
    (function(ListBucketsRequest2) {
      let Fields;
      (function(Fields2) {
        Fields2["Tags"] = "tags";
      })(Fields = ListBucketsRequest2.Fields || (ListBucketsRequest2.Fields = {}));
    })(ListBucketsRequest = exports.ListBucketsRequest || (exports.ListBucketsRequest = {}));
  }
});

// node_modules/oci-objectstorage/lib/request/list-private-endpoints-request.js
var require_list_private_endpoints_request = __commonJS({
  "node_modules/oci-objectstorage/lib/request/list-private-endpoints-request.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ListPrivateEndpointsRequest = void 0;
    var ListPrivateEndpointsRequest;
    (function(ListPrivateEndpointsRequest2) {
      let Fields;
      (function(Fields2) {
        Fields2["Tags"] = "tags";
      })(Fields = ListPrivateEndpointsRequest2.Fields || (ListPrivateEndpointsRequest2.Fields = {}));
    })(ListPrivateEndpointsRequest = exports.ListPrivateEndpointsRequest || (exports.ListPrivateEndpointsRequest = {}));
  }
});

// node_modules/oci-objectstorage/lib/request/index.js
var require_request = __commonJS({
  "node_modules/oci-objectstorage/lib/request/index.js"(exports) {
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
    exports.ListPrivateEndpointsRequest = exports.ListBucketsRequest = exports.GetBucketRequest = void 0;
    var GetBucketRequest = __importStar(require_get_bucket_request());
    exports.GetBucketRequest = GetBucketRequest.GetBucketRequest;
    var ListBucketsRequest = __importStar(require_list_buckets_request());
    exports.ListBucketsRequest = ListBucketsRequest.ListBucketsRequest;
    var ListPrivateEndpointsRequest = __importStar(require_list_private_endpoints_request());
    exports.ListPrivateEndpointsRequest = ListPrivateEndpointsRequest.ListPrivateEndpointsRequest;
  }
});

// node_modules/oci-objectstorage/lib/model/access-target-details.js
var require_access_target_details = __commonJS({
  "node_modules/oci-objectstorage/lib/model/access-target-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AccessTargetDetails = void 0;
    var AccessTargetDetails;
    (function(AccessTargetDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      AccessTargetDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      AccessTargetDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(AccessTargetDetails = exports.AccessTargetDetails || (exports.AccessTargetDetails = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/archival-state.js
var require_archival_state = __commonJS({
  "node_modules/oci-objectstorage/lib/model/archival-state.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ArchivalState = void 0;
    var ArchivalState;
    (function(ArchivalState2) {
      ArchivalState2["Archived"] = "Archived";
      ArchivalState2["Restoring"] = "Restoring";
      ArchivalState2["Restored"] = "Restored";
      ArchivalState2["UnknownValue"] = "UNKNOWN_VALUE";
    })(ArchivalState = exports.ArchivalState || (exports.ArchivalState = {}));
    (function(ArchivalState2) {
      function getJsonObj(obj) {
        return obj;
      }
      ArchivalState2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      ArchivalState2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ArchivalState = exports.ArchivalState || (exports.ArchivalState = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/batch-delete-object-identifier.js
var require_batch_delete_object_identifier = __commonJS({
  "node_modules/oci-objectstorage/lib/model/batch-delete-object-identifier.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BatchDeleteObjectIdentifier = void 0;
    var BatchDeleteObjectIdentifier;
    (function(BatchDeleteObjectIdentifier2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      BatchDeleteObjectIdentifier2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      BatchDeleteObjectIdentifier2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(BatchDeleteObjectIdentifier = exports.BatchDeleteObjectIdentifier || (exports.BatchDeleteObjectIdentifier = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/batch-delete-objects-details.js
var require_batch_delete_objects_details = __commonJS({
  "node_modules/oci-objectstorage/lib/model/batch-delete-objects-details.js"(exports) {
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
    exports.BatchDeleteObjectsDetails = void 0;
    var model = __importStar(require_model());
    var BatchDeleteObjectsDetails;
    (function(BatchDeleteObjectsDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "objects": obj.objects ? obj.objects.map((item) => {
            return model.BatchDeleteObjectIdentifier.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      BatchDeleteObjectsDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "objects": obj.objects ? obj.objects.map((item) => {
            return model.BatchDeleteObjectIdentifier.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      BatchDeleteObjectsDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(BatchDeleteObjectsDetails = exports.BatchDeleteObjectsDetails || (exports.BatchDeleteObjectsDetails = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/batch-delete-objects-result.js
var require_batch_delete_objects_result = __commonJS({
  "node_modules/oci-objectstorage/lib/model/batch-delete-objects-result.js"(exports) {
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
    exports.BatchDeleteObjectsResult = void 0;
    var model = __importStar(require_model());
    var BatchDeleteObjectsResult;
    (function(BatchDeleteObjectsResult2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "deleted": obj.deleted ? obj.deleted.map((item) => {
            return model.DeletedObjectResult.getJsonObj(item);
          }) : void 0,
          "failed": obj.failed ? obj.failed.map((item) => {
            return model.FailedObjectResult.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      BatchDeleteObjectsResult2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "deleted": obj.deleted ? obj.deleted.map((item) => {
            return model.DeletedObjectResult.getDeserializedJsonObj(item);
          }) : void 0,
          "failed": obj.failed ? obj.failed.map((item) => {
            return model.FailedObjectResult.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      BatchDeleteObjectsResult2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(BatchDeleteObjectsResult = exports.BatchDeleteObjectsResult || (exports.BatchDeleteObjectsResult = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/bucket.js
var require_bucket = __commonJS({
  "node_modules/oci-objectstorage/lib/model/bucket.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Bucket = void 0;
    var Bucket;
    (function(Bucket2) {
      let PublicAccessType;
      (function(PublicAccessType2) {
        PublicAccessType2["NoPublicAccess"] = "NoPublicAccess";
        PublicAccessType2["ObjectRead"] = "ObjectRead";
        PublicAccessType2["ObjectReadWithoutList"] = "ObjectReadWithoutList";
        PublicAccessType2["UnknownValue"] = "UNKNOWN_VALUE";
      })(PublicAccessType = Bucket2.PublicAccessType || (Bucket2.PublicAccessType = {}));
      let StorageTier;
      (function(StorageTier2) {
        StorageTier2["Standard"] = "Standard";
        StorageTier2["Archive"] = "Archive";
        StorageTier2["UnknownValue"] = "UNKNOWN_VALUE";
      })(StorageTier = Bucket2.StorageTier || (Bucket2.StorageTier = {}));
      let Versioning;
      (function(Versioning2) {
        Versioning2["Enabled"] = "Enabled";
        Versioning2["Suspended"] = "Suspended";
        Versioning2["Disabled"] = "Disabled";
        Versioning2["UnknownValue"] = "UNKNOWN_VALUE";
      })(Versioning = Bucket2.Versioning || (Bucket2.Versioning = {}));
      let AutoTiering;
      (function(AutoTiering2) {
        AutoTiering2["Disabled"] = "Disabled";
        AutoTiering2["InfrequentAccess"] = "InfrequentAccess";
        AutoTiering2["UnknownValue"] = "UNKNOWN_VALUE";
      })(AutoTiering = Bucket2.AutoTiering || (Bucket2.AutoTiering = {}));
      let BucketScope;
      (function(BucketScope2) {
        BucketScope2["Namespace"] = "NAMESPACE";
        BucketScope2["Region"] = "REGION";
        BucketScope2["UnknownValue"] = "UNKNOWN_VALUE";
      })(BucketScope = Bucket2.BucketScope || (Bucket2.BucketScope = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      Bucket2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      Bucket2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(Bucket = exports.Bucket || (exports.Bucket = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/bucket-summary.js
var require_bucket_summary = __commonJS({
  "node_modules/oci-objectstorage/lib/model/bucket-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BucketSummary = void 0;
    var BucketSummary;
    (function(BucketSummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      BucketSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      BucketSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(BucketSummary = exports.BucketSummary || (exports.BucketSummary = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/checksum-algorithm.js
var require_checksum_algorithm = __commonJS({
  "node_modules/oci-objectstorage/lib/model/checksum-algorithm.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ChecksumAlgorithm = void 0;
    var ChecksumAlgorithm;
    (function(ChecksumAlgorithm2) {
      ChecksumAlgorithm2["Crc32C"] = "CRC32C";
      ChecksumAlgorithm2["Sha256"] = "SHA256";
      ChecksumAlgorithm2["Sha384"] = "SHA384";
    })(ChecksumAlgorithm = exports.ChecksumAlgorithm || (exports.ChecksumAlgorithm = {}));
    (function(ChecksumAlgorithm2) {
      function getJsonObj(obj) {
        return obj;
      }
      ChecksumAlgorithm2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      ChecksumAlgorithm2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ChecksumAlgorithm = exports.ChecksumAlgorithm || (exports.ChecksumAlgorithm = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/commit-multipart-upload-details.js
var require_commit_multipart_upload_details = __commonJS({
  "node_modules/oci-objectstorage/lib/model/commit-multipart-upload-details.js"(exports) {
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
    exports.CommitMultipartUploadDetails = void 0;
    var model = __importStar(require_model());
    var CommitMultipartUploadDetails;
    (function(CommitMultipartUploadDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "partsToCommit": obj.partsToCommit ? obj.partsToCommit.map((item) => {
            return model.CommitMultipartUploadPartDetails.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      CommitMultipartUploadDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "partsToCommit": obj.partsToCommit ? obj.partsToCommit.map((item) => {
            return model.CommitMultipartUploadPartDetails.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      CommitMultipartUploadDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(CommitMultipartUploadDetails = exports.CommitMultipartUploadDetails || (exports.CommitMultipartUploadDetails = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/commit-multipart-upload-part-details.js
var require_commit_multipart_upload_part_details = __commonJS({
  "node_modules/oci-objectstorage/lib/model/commit-multipart-upload-part-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CommitMultipartUploadPartDetails = void 0;
    var CommitMultipartUploadPartDetails;
    (function(CommitMultipartUploadPartDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      CommitMultipartUploadPartDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      CommitMultipartUploadPartDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(CommitMultipartUploadPartDetails = exports.CommitMultipartUploadPartDetails || (exports.CommitMultipartUploadPartDetails = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/copy-object-details.js
var require_copy_object_details = __commonJS({
  "node_modules/oci-objectstorage/lib/model/copy-object-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CopyObjectDetails = void 0;
    var CopyObjectDetails;
    (function(CopyObjectDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      CopyObjectDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      CopyObjectDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(CopyObjectDetails = exports.CopyObjectDetails || (exports.CopyObjectDetails = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/create-bucket-details.js
var require_create_bucket_details = __commonJS({
  "node_modules/oci-objectstorage/lib/model/create-bucket-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CreateBucketDetails = void 0;
    var CreateBucketDetails;
    (function(CreateBucketDetails2) {
      let PublicAccessType;
      (function(PublicAccessType2) {
        PublicAccessType2["NoPublicAccess"] = "NoPublicAccess";
        PublicAccessType2["ObjectRead"] = "ObjectRead";
        PublicAccessType2["ObjectReadWithoutList"] = "ObjectReadWithoutList";
      })(PublicAccessType = CreateBucketDetails2.PublicAccessType || (CreateBucketDetails2.PublicAccessType = {}));
      let StorageTier;
      (function(StorageTier2) {
        StorageTier2["Standard"] = "Standard";
        StorageTier2["Archive"] = "Archive";
      })(StorageTier = CreateBucketDetails2.StorageTier || (CreateBucketDetails2.StorageTier = {}));
      let Versioning;
      (function(Versioning2) {
        Versioning2["Enabled"] = "Enabled";
        Versioning2["Disabled"] = "Disabled";
      })(Versioning = CreateBucketDetails2.Versioning || (CreateBucketDetails2.Versioning = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      CreateBucketDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      CreateBucketDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(CreateBucketDetails = exports.CreateBucketDetails || (exports.CreateBucketDetails = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/create-multipart-upload-details.js
var require_create_multipart_upload_details = __commonJS({
  "node_modules/oci-objectstorage/lib/model/create-multipart-upload-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CreateMultipartUploadDetails = void 0;
    var CreateMultipartUploadDetails;
    (function(CreateMultipartUploadDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      CreateMultipartUploadDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      CreateMultipartUploadDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(CreateMultipartUploadDetails = exports.CreateMultipartUploadDetails || (exports.CreateMultipartUploadDetails = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/create-preauthenticated-request-details.js
var require_create_preauthenticated_request_details = __commonJS({
  "node_modules/oci-objectstorage/lib/model/create-preauthenticated-request-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CreatePreauthenticatedRequestDetails = void 0;
    var CreatePreauthenticatedRequestDetails;
    (function(CreatePreauthenticatedRequestDetails2) {
      let AccessType;
      (function(AccessType2) {
        AccessType2["ObjectRead"] = "ObjectRead";
        AccessType2["ObjectWrite"] = "ObjectWrite";
        AccessType2["ObjectReadWrite"] = "ObjectReadWrite";
        AccessType2["AnyObjectWrite"] = "AnyObjectWrite";
        AccessType2["AnyObjectRead"] = "AnyObjectRead";
        AccessType2["AnyObjectReadWrite"] = "AnyObjectReadWrite";
      })(AccessType = CreatePreauthenticatedRequestDetails2.AccessType || (CreatePreauthenticatedRequestDetails2.AccessType = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      CreatePreauthenticatedRequestDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      CreatePreauthenticatedRequestDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(CreatePreauthenticatedRequestDetails = exports.CreatePreauthenticatedRequestDetails || (exports.CreatePreauthenticatedRequestDetails = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/create-private-endpoint-details.js
var require_create_private_endpoint_details = __commonJS({
  "node_modules/oci-objectstorage/lib/model/create-private-endpoint-details.js"(exports) {
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
    exports.CreatePrivateEndpointDetails = void 0;
    var model = __importStar(require_model());
    var CreatePrivateEndpointDetails;
    (function(CreatePrivateEndpointDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "accessTargets": obj.accessTargets ? obj.accessTargets.map((item) => {
            return model.AccessTargetDetails.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      CreatePrivateEndpointDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "accessTargets": obj.accessTargets ? obj.accessTargets.map((item) => {
            return model.AccessTargetDetails.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      CreatePrivateEndpointDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(CreatePrivateEndpointDetails = exports.CreatePrivateEndpointDetails || (exports.CreatePrivateEndpointDetails = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/create-replication-policy-details.js
var require_create_replication_policy_details = __commonJS({
  "node_modules/oci-objectstorage/lib/model/create-replication-policy-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CreateReplicationPolicyDetails = void 0;
    var CreateReplicationPolicyDetails;
    (function(CreateReplicationPolicyDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      CreateReplicationPolicyDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      CreateReplicationPolicyDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(CreateReplicationPolicyDetails = exports.CreateReplicationPolicyDetails || (exports.CreateReplicationPolicyDetails = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/create-retention-rule-details.js
var require_create_retention_rule_details = __commonJS({
  "node_modules/oci-objectstorage/lib/model/create-retention-rule-details.js"(exports) {
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
    exports.CreateRetentionRuleDetails = void 0;
    var model = __importStar(require_model());
    var CreateRetentionRuleDetails;
    (function(CreateRetentionRuleDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "duration": obj.duration ? model.Duration.getJsonObj(obj.duration) : void 0
        });
        return jsonObj;
      }
      CreateRetentionRuleDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "duration": obj.duration ? model.Duration.getDeserializedJsonObj(obj.duration) : void 0
        });
        return jsonObj;
      }
      CreateRetentionRuleDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(CreateRetentionRuleDetails = exports.CreateRetentionRuleDetails || (exports.CreateRetentionRuleDetails = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/deleted-object-result.js
var require_deleted_object_result = __commonJS({
  "node_modules/oci-objectstorage/lib/model/deleted-object-result.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DeletedObjectResult = void 0;
    var DeletedObjectResult;
    (function(DeletedObjectResult2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      DeletedObjectResult2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      DeletedObjectResult2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(DeletedObjectResult = exports.DeletedObjectResult || (exports.DeletedObjectResult = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/duration.js
var require_duration = __commonJS({
  "node_modules/oci-objectstorage/lib/model/duration.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Duration = void 0;
    var Duration;
    (function(Duration2) {
      let TimeUnit;
      (function(TimeUnit2) {
        TimeUnit2["Years"] = "YEARS";
        TimeUnit2["Days"] = "DAYS";
        TimeUnit2["UnknownValue"] = "UNKNOWN_VALUE";
      })(TimeUnit = Duration2.TimeUnit || (Duration2.TimeUnit = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      Duration2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      Duration2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(Duration = exports.Duration || (exports.Duration = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/failed-object-result.js
var require_failed_object_result = __commonJS({
  "node_modules/oci-objectstorage/lib/model/failed-object-result.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FailedObjectResult = void 0;
    var FailedObjectResult;
    (function(FailedObjectResult2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      FailedObjectResult2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      FailedObjectResult2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(FailedObjectResult = exports.FailedObjectResult || (exports.FailedObjectResult = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/fqdns.js
var require_fqdns = __commonJS({
  "node_modules/oci-objectstorage/lib/model/fqdns.js"(exports) {
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
    exports.Fqdns = void 0;
    var model = __importStar(require_model());
    var common2 = require_oci_common();
    var Fqdns;
    (function(Fqdns2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "prefixFqdns": obj.prefixFqdns ? model.PrefixFqdns.getJsonObj(obj.prefixFqdns) : void 0,
          "additionalPrefixesFqdns": obj.additionalPrefixesFqdns ? common2.mapContainer(obj.additionalPrefixesFqdns, model.PrefixFqdns.getJsonObj) : void 0
        });
        return jsonObj;
      }
      Fqdns2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "prefixFqdns": obj.prefixFqdns ? model.PrefixFqdns.getDeserializedJsonObj(obj.prefixFqdns) : void 0,
          "additionalPrefixesFqdns": obj.additionalPrefixesFqdns ? common2.mapContainer(obj.additionalPrefixesFqdns, model.PrefixFqdns.getDeserializedJsonObj) : void 0
        });
        return jsonObj;
      }
      Fqdns2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(Fqdns = exports.Fqdns || (exports.Fqdns = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/list-objects.js
var require_list_objects = __commonJS({
  "node_modules/oci-objectstorage/lib/model/list-objects.js"(exports) {
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
    exports.ListObjects = void 0;
    var model = __importStar(require_model());
    var ListObjects;
    (function(ListObjects2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "objects": obj.objects ? obj.objects.map((item) => {
            return model.ObjectSummary.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ListObjects2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "objects": obj.objects ? obj.objects.map((item) => {
            return model.ObjectSummary.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ListObjects2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ListObjects = exports.ListObjects || (exports.ListObjects = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/multipart-upload.js
var require_multipart_upload = __commonJS({
  "node_modules/oci-objectstorage/lib/model/multipart-upload.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MultipartUpload = void 0;
    var MultipartUpload;
    (function(MultipartUpload2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      MultipartUpload2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      MultipartUpload2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(MultipartUpload = exports.MultipartUpload || (exports.MultipartUpload = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/multipart-upload-part-summary.js
var require_multipart_upload_part_summary = __commonJS({
  "node_modules/oci-objectstorage/lib/model/multipart-upload-part-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MultipartUploadPartSummary = void 0;
    var MultipartUploadPartSummary;
    (function(MultipartUploadPartSummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      MultipartUploadPartSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      MultipartUploadPartSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(MultipartUploadPartSummary = exports.MultipartUploadPartSummary || (exports.MultipartUploadPartSummary = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/namespace-metadata.js
var require_namespace_metadata = __commonJS({
  "node_modules/oci-objectstorage/lib/model/namespace-metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NamespaceMetadata = void 0;
    var NamespaceMetadata;
    (function(NamespaceMetadata2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      NamespaceMetadata2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      NamespaceMetadata2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(NamespaceMetadata = exports.NamespaceMetadata || (exports.NamespaceMetadata = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/object-lifecycle-policy.js
var require_object_lifecycle_policy = __commonJS({
  "node_modules/oci-objectstorage/lib/model/object-lifecycle-policy.js"(exports) {
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
    exports.ObjectLifecyclePolicy = void 0;
    var model = __importStar(require_model());
    var ObjectLifecyclePolicy;
    (function(ObjectLifecyclePolicy2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.ObjectLifecycleRule.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ObjectLifecyclePolicy2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.ObjectLifecycleRule.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ObjectLifecyclePolicy2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ObjectLifecyclePolicy = exports.ObjectLifecyclePolicy || (exports.ObjectLifecyclePolicy = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/object-lifecycle-rule.js
var require_object_lifecycle_rule = __commonJS({
  "node_modules/oci-objectstorage/lib/model/object-lifecycle-rule.js"(exports) {
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
    exports.ObjectLifecycleRule = void 0;
    var model = __importStar(require_model());
    var ObjectLifecycleRule;
    (function(ObjectLifecycleRule2) {
      let TimeUnit;
      (function(TimeUnit2) {
        TimeUnit2["Days"] = "DAYS";
        TimeUnit2["Years"] = "YEARS";
        TimeUnit2["UnknownValue"] = "UNKNOWN_VALUE";
      })(TimeUnit = ObjectLifecycleRule2.TimeUnit || (ObjectLifecycleRule2.TimeUnit = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "objectNameFilter": obj.objectNameFilter ? model.ObjectNameFilter.getJsonObj(obj.objectNameFilter) : void 0
        });
        return jsonObj;
      }
      ObjectLifecycleRule2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "objectNameFilter": obj.objectNameFilter ? model.ObjectNameFilter.getDeserializedJsonObj(obj.objectNameFilter) : void 0
        });
        return jsonObj;
      }
      ObjectLifecycleRule2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ObjectLifecycleRule = exports.ObjectLifecycleRule || (exports.ObjectLifecycleRule = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/object-name-filter.js
var require_object_name_filter = __commonJS({
  "node_modules/oci-objectstorage/lib/model/object-name-filter.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ObjectNameFilter = void 0;
    var ObjectNameFilter;
    (function(ObjectNameFilter2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ObjectNameFilter2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ObjectNameFilter2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ObjectNameFilter = exports.ObjectNameFilter || (exports.ObjectNameFilter = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/object-summary.js
var require_object_summary = __commonJS({
  "node_modules/oci-objectstorage/lib/model/object-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ObjectSummary = void 0;
    var ObjectSummary;
    (function(ObjectSummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ObjectSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ObjectSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ObjectSummary = exports.ObjectSummary || (exports.ObjectSummary = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/object-version-collection.js
var require_object_version_collection = __commonJS({
  "node_modules/oci-objectstorage/lib/model/object-version-collection.js"(exports) {
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
    exports.ObjectVersionCollection = void 0;
    var model = __importStar(require_model());
    var ObjectVersionCollection;
    (function(ObjectVersionCollection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.ObjectVersionSummary.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ObjectVersionCollection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.ObjectVersionSummary.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ObjectVersionCollection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ObjectVersionCollection = exports.ObjectVersionCollection || (exports.ObjectVersionCollection = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/object-version-summary.js
var require_object_version_summary = __commonJS({
  "node_modules/oci-objectstorage/lib/model/object-version-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ObjectVersionSummary = void 0;
    var ObjectVersionSummary;
    (function(ObjectVersionSummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ObjectVersionSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ObjectVersionSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ObjectVersionSummary = exports.ObjectVersionSummary || (exports.ObjectVersionSummary = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/pattern-details.js
var require_pattern_details = __commonJS({
  "node_modules/oci-objectstorage/lib/model/pattern-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PatternDetails = void 0;
    var PatternDetails;
    (function(PatternDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      PatternDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      PatternDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(PatternDetails = exports.PatternDetails || (exports.PatternDetails = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/preauthenticated-request.js
var require_preauthenticated_request = __commonJS({
  "node_modules/oci-objectstorage/lib/model/preauthenticated-request.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PreauthenticatedRequest = void 0;
    var PreauthenticatedRequest;
    (function(PreauthenticatedRequest2) {
      let BucketListingAction;
      (function(BucketListingAction2) {
        BucketListingAction2["Deny"] = "Deny";
        BucketListingAction2["ListObjects"] = "ListObjects";
        BucketListingAction2["UnknownValue"] = "UNKNOWN_VALUE";
      })(BucketListingAction = PreauthenticatedRequest2.BucketListingAction || (PreauthenticatedRequest2.BucketListingAction = {}));
      let AccessType;
      (function(AccessType2) {
        AccessType2["ObjectRead"] = "ObjectRead";
        AccessType2["ObjectWrite"] = "ObjectWrite";
        AccessType2["ObjectReadWrite"] = "ObjectReadWrite";
        AccessType2["AnyObjectWrite"] = "AnyObjectWrite";
        AccessType2["AnyObjectRead"] = "AnyObjectRead";
        AccessType2["AnyObjectReadWrite"] = "AnyObjectReadWrite";
        AccessType2["UnknownValue"] = "UNKNOWN_VALUE";
      })(AccessType = PreauthenticatedRequest2.AccessType || (PreauthenticatedRequest2.AccessType = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      PreauthenticatedRequest2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      PreauthenticatedRequest2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(PreauthenticatedRequest = exports.PreauthenticatedRequest || (exports.PreauthenticatedRequest = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/preauthenticated-request-summary.js
var require_preauthenticated_request_summary = __commonJS({
  "node_modules/oci-objectstorage/lib/model/preauthenticated-request-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PreauthenticatedRequestSummary = void 0;
    var PreauthenticatedRequestSummary;
    (function(PreauthenticatedRequestSummary2) {
      let AccessType;
      (function(AccessType2) {
        AccessType2["ObjectRead"] = "ObjectRead";
        AccessType2["ObjectWrite"] = "ObjectWrite";
        AccessType2["ObjectReadWrite"] = "ObjectReadWrite";
        AccessType2["AnyObjectWrite"] = "AnyObjectWrite";
        AccessType2["AnyObjectRead"] = "AnyObjectRead";
        AccessType2["AnyObjectReadWrite"] = "AnyObjectReadWrite";
        AccessType2["UnknownValue"] = "UNKNOWN_VALUE";
      })(AccessType = PreauthenticatedRequestSummary2.AccessType || (PreauthenticatedRequestSummary2.AccessType = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      PreauthenticatedRequestSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      PreauthenticatedRequestSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(PreauthenticatedRequestSummary = exports.PreauthenticatedRequestSummary || (exports.PreauthenticatedRequestSummary = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/prefix-fqdns.js
var require_prefix_fqdns = __commonJS({
  "node_modules/oci-objectstorage/lib/model/prefix-fqdns.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PrefixFqdns = void 0;
    var PrefixFqdns;
    (function(PrefixFqdns2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      PrefixFqdns2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      PrefixFqdns2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(PrefixFqdns = exports.PrefixFqdns || (exports.PrefixFqdns = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/private-endpoint.js
var require_private_endpoint = __commonJS({
  "node_modules/oci-objectstorage/lib/model/private-endpoint.js"(exports) {
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
    exports.PrivateEndpoint = void 0;
    var model = __importStar(require_model());
    var PrivateEndpoint;
    (function(PrivateEndpoint2) {
      let LifecycleState;
      (function(LifecycleState2) {
        LifecycleState2["Creating"] = "CREATING";
        LifecycleState2["Active"] = "ACTIVE";
        LifecycleState2["Inactive"] = "INACTIVE";
        LifecycleState2["Updating"] = "UPDATING";
        LifecycleState2["Deleting"] = "DELETING";
        LifecycleState2["Deleted"] = "DELETED";
        LifecycleState2["Failed"] = "FAILED";
        LifecycleState2["UnknownValue"] = "UNKNOWN_VALUE";
      })(LifecycleState = PrivateEndpoint2.LifecycleState || (PrivateEndpoint2.LifecycleState = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "fqdns": obj.fqdns ? model.Fqdns.getJsonObj(obj.fqdns) : void 0,
          "accessTargets": obj.accessTargets ? obj.accessTargets.map((item) => {
            return model.AccessTargetDetails.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      PrivateEndpoint2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "fqdns": obj.fqdns ? model.Fqdns.getDeserializedJsonObj(obj.fqdns) : void 0,
          "accessTargets": obj.accessTargets ? obj.accessTargets.map((item) => {
            return model.AccessTargetDetails.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      PrivateEndpoint2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(PrivateEndpoint = exports.PrivateEndpoint || (exports.PrivateEndpoint = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/private-endpoint-summary.js
var require_private_endpoint_summary = __commonJS({
  "node_modules/oci-objectstorage/lib/model/private-endpoint-summary.js"(exports) {
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
    exports.PrivateEndpointSummary = void 0;
    var model = __importStar(require_model());
    var PrivateEndpointSummary;
    (function(PrivateEndpointSummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "fqdns": obj.fqdns ? model.Fqdns.getJsonObj(obj.fqdns) : void 0
        });
        return jsonObj;
      }
      PrivateEndpointSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "fqdns": obj.fqdns ? model.Fqdns.getDeserializedJsonObj(obj.fqdns) : void 0
        });
        return jsonObj;
      }
      PrivateEndpointSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(PrivateEndpointSummary = exports.PrivateEndpointSummary || (exports.PrivateEndpointSummary = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/put-object-lifecycle-policy-details.js
var require_put_object_lifecycle_policy_details = __commonJS({
  "node_modules/oci-objectstorage/lib/model/put-object-lifecycle-policy-details.js"(exports) {
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
    exports.PutObjectLifecyclePolicyDetails = void 0;
    var model = __importStar(require_model());
    var PutObjectLifecyclePolicyDetails;
    (function(PutObjectLifecyclePolicyDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.ObjectLifecycleRule.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      PutObjectLifecyclePolicyDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.ObjectLifecycleRule.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      PutObjectLifecyclePolicyDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(PutObjectLifecyclePolicyDetails = exports.PutObjectLifecyclePolicyDetails || (exports.PutObjectLifecyclePolicyDetails = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/reencrypt-object-details.js
var require_reencrypt_object_details = __commonJS({
  "node_modules/oci-objectstorage/lib/model/reencrypt-object-details.js"(exports) {
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
    exports.ReencryptObjectDetails = void 0;
    var model = __importStar(require_model());
    var ReencryptObjectDetails;
    (function(ReencryptObjectDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "sseCustomerKey": obj.sseCustomerKey ? model.SSECustomerKeyDetails.getJsonObj(obj.sseCustomerKey) : void 0,
          "sourceSseCustomerKey": obj.sourceSseCustomerKey ? model.SSECustomerKeyDetails.getJsonObj(obj.sourceSseCustomerKey) : void 0
        });
        return jsonObj;
      }
      ReencryptObjectDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "sseCustomerKey": obj.sseCustomerKey ? model.SSECustomerKeyDetails.getDeserializedJsonObj(obj.sseCustomerKey) : void 0,
          "sourceSseCustomerKey": obj.sourceSseCustomerKey ? model.SSECustomerKeyDetails.getDeserializedJsonObj(obj.sourceSseCustomerKey) : void 0
        });
        return jsonObj;
      }
      ReencryptObjectDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ReencryptObjectDetails = exports.ReencryptObjectDetails || (exports.ReencryptObjectDetails = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/rename-object-details.js
var require_rename_object_details = __commonJS({
  "node_modules/oci-objectstorage/lib/model/rename-object-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RenameObjectDetails = void 0;
    var RenameObjectDetails;
    (function(RenameObjectDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      RenameObjectDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      RenameObjectDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(RenameObjectDetails = exports.RenameObjectDetails || (exports.RenameObjectDetails = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/replication-policy.js
var require_replication_policy = __commonJS({
  "node_modules/oci-objectstorage/lib/model/replication-policy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ReplicationPolicy = void 0;
    var ReplicationPolicy;
    (function(ReplicationPolicy2) {
      let Status;
      (function(Status2) {
        Status2["Active"] = "ACTIVE";
        Status2["ClientError"] = "CLIENT_ERROR";
        Status2["UnknownValue"] = "UNKNOWN_VALUE";
      })(Status = ReplicationPolicy2.Status || (ReplicationPolicy2.Status = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ReplicationPolicy2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ReplicationPolicy2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ReplicationPolicy = exports.ReplicationPolicy || (exports.ReplicationPolicy = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/replication-policy-summary.js
var require_replication_policy_summary = __commonJS({
  "node_modules/oci-objectstorage/lib/model/replication-policy-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ReplicationPolicySummary = void 0;
    var ReplicationPolicySummary;
    (function(ReplicationPolicySummary2) {
      let Status;
      (function(Status2) {
        Status2["Active"] = "ACTIVE";
        Status2["ClientError"] = "CLIENT_ERROR";
        Status2["UnknownValue"] = "UNKNOWN_VALUE";
      })(Status = ReplicationPolicySummary2.Status || (ReplicationPolicySummary2.Status = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ReplicationPolicySummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ReplicationPolicySummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ReplicationPolicySummary = exports.ReplicationPolicySummary || (exports.ReplicationPolicySummary = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/replication-source.js
var require_replication_source = __commonJS({
  "node_modules/oci-objectstorage/lib/model/replication-source.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ReplicationSource = void 0;
    var ReplicationSource;
    (function(ReplicationSource2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ReplicationSource2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ReplicationSource2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ReplicationSource = exports.ReplicationSource || (exports.ReplicationSource = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/restore-objects-details.js
var require_restore_objects_details = __commonJS({
  "node_modules/oci-objectstorage/lib/model/restore-objects-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RestoreObjectsDetails = void 0;
    var RestoreObjectsDetails;
    (function(RestoreObjectsDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      RestoreObjectsDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      RestoreObjectsDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(RestoreObjectsDetails = exports.RestoreObjectsDetails || (exports.RestoreObjectsDetails = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/retention-rule.js
var require_retention_rule = __commonJS({
  "node_modules/oci-objectstorage/lib/model/retention-rule.js"(exports) {
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
    exports.RetentionRule = void 0;
    var model = __importStar(require_model());
    var RetentionRule;
    (function(RetentionRule2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "duration": obj.duration ? model.Duration.getJsonObj(obj.duration) : void 0
        });
        return jsonObj;
      }
      RetentionRule2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "duration": obj.duration ? model.Duration.getDeserializedJsonObj(obj.duration) : void 0
        });
        return jsonObj;
      }
      RetentionRule2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(RetentionRule = exports.RetentionRule || (exports.RetentionRule = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/retention-rule-collection.js
var require_retention_rule_collection = __commonJS({
  "node_modules/oci-objectstorage/lib/model/retention-rule-collection.js"(exports) {
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
    exports.RetentionRuleCollection = void 0;
    var model = __importStar(require_model());
    var RetentionRuleCollection;
    (function(RetentionRuleCollection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.RetentionRuleSummary.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      RetentionRuleCollection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.RetentionRuleSummary.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      RetentionRuleCollection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(RetentionRuleCollection = exports.RetentionRuleCollection || (exports.RetentionRuleCollection = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/retention-rule-details.js
var require_retention_rule_details = __commonJS({
  "node_modules/oci-objectstorage/lib/model/retention-rule-details.js"(exports) {
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
    exports.RetentionRuleDetails = void 0;
    var model = __importStar(require_model());
    var RetentionRuleDetails;
    (function(RetentionRuleDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "duration": obj.duration ? model.Duration.getJsonObj(obj.duration) : void 0
        });
        return jsonObj;
      }
      RetentionRuleDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "duration": obj.duration ? model.Duration.getDeserializedJsonObj(obj.duration) : void 0
        });
        return jsonObj;
      }
      RetentionRuleDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(RetentionRuleDetails = exports.RetentionRuleDetails || (exports.RetentionRuleDetails = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/retention-rule-summary.js
var require_retention_rule_summary = __commonJS({
  "node_modules/oci-objectstorage/lib/model/retention-rule-summary.js"(exports) {
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
    exports.RetentionRuleSummary = void 0;
    var model = __importStar(require_model());
    var RetentionRuleSummary;
    (function(RetentionRuleSummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "duration": obj.duration ? model.Duration.getJsonObj(obj.duration) : void 0
        });
        return jsonObj;
      }
      RetentionRuleSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "duration": obj.duration ? model.Duration.getDeserializedJsonObj(obj.duration) : void 0
        });
        return jsonObj;
      }
      RetentionRuleSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(RetentionRuleSummary = exports.RetentionRuleSummary || (exports.RetentionRuleSummary = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/s-se-customer-key-details.js
var require_s_se_customer_key_details = __commonJS({
  "node_modules/oci-objectstorage/lib/model/s-se-customer-key-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SSECustomerKeyDetails = void 0;
    var SSECustomerKeyDetails;
    (function(SSECustomerKeyDetails2) {
      let Algorithm;
      (function(Algorithm2) {
        Algorithm2["Aes256"] = "AES256";
      })(Algorithm = SSECustomerKeyDetails2.Algorithm || (SSECustomerKeyDetails2.Algorithm = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      SSECustomerKeyDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      SSECustomerKeyDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(SSECustomerKeyDetails = exports.SSECustomerKeyDetails || (exports.SSECustomerKeyDetails = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/storage-tier.js
var require_storage_tier = __commonJS({
  "node_modules/oci-objectstorage/lib/model/storage-tier.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.StorageTier = void 0;
    var StorageTier;
    (function(StorageTier2) {
      StorageTier2["Standard"] = "Standard";
      StorageTier2["InfrequentAccess"] = "InfrequentAccess";
      StorageTier2["Archive"] = "Archive";
      StorageTier2["UnknownValue"] = "UNKNOWN_VALUE";
    })(StorageTier = exports.StorageTier || (exports.StorageTier = {}));
    (function(StorageTier2) {
      function getJsonObj(obj) {
        return obj;
      }
      StorageTier2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      StorageTier2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(StorageTier = exports.StorageTier || (exports.StorageTier = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/update-bucket-details.js
var require_update_bucket_details = __commonJS({
  "node_modules/oci-objectstorage/lib/model/update-bucket-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.UpdateBucketDetails = void 0;
    var UpdateBucketDetails;
    (function(UpdateBucketDetails2) {
      let PublicAccessType;
      (function(PublicAccessType2) {
        PublicAccessType2["NoPublicAccess"] = "NoPublicAccess";
        PublicAccessType2["ObjectRead"] = "ObjectRead";
        PublicAccessType2["ObjectReadWithoutList"] = "ObjectReadWithoutList";
      })(PublicAccessType = UpdateBucketDetails2.PublicAccessType || (UpdateBucketDetails2.PublicAccessType = {}));
      let Versioning;
      (function(Versioning2) {
        Versioning2["Enabled"] = "Enabled";
        Versioning2["Suspended"] = "Suspended";
      })(Versioning = UpdateBucketDetails2.Versioning || (UpdateBucketDetails2.Versioning = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateBucketDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateBucketDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(UpdateBucketDetails = exports.UpdateBucketDetails || (exports.UpdateBucketDetails = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/update-namespace-metadata-details.js
var require_update_namespace_metadata_details = __commonJS({
  "node_modules/oci-objectstorage/lib/model/update-namespace-metadata-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.UpdateNamespaceMetadataDetails = void 0;
    var UpdateNamespaceMetadataDetails;
    (function(UpdateNamespaceMetadataDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateNamespaceMetadataDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateNamespaceMetadataDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(UpdateNamespaceMetadataDetails = exports.UpdateNamespaceMetadataDetails || (exports.UpdateNamespaceMetadataDetails = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/update-object-storage-tier-details.js
var require_update_object_storage_tier_details = __commonJS({
  "node_modules/oci-objectstorage/lib/model/update-object-storage-tier-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.UpdateObjectStorageTierDetails = void 0;
    var UpdateObjectStorageTierDetails;
    (function(UpdateObjectStorageTierDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateObjectStorageTierDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateObjectStorageTierDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(UpdateObjectStorageTierDetails = exports.UpdateObjectStorageTierDetails || (exports.UpdateObjectStorageTierDetails = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/update-private-endpoint-details.js
var require_update_private_endpoint_details = __commonJS({
  "node_modules/oci-objectstorage/lib/model/update-private-endpoint-details.js"(exports) {
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
    exports.UpdatePrivateEndpointDetails = void 0;
    var model = __importStar(require_model());
    var UpdatePrivateEndpointDetails;
    (function(UpdatePrivateEndpointDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "accessTargets": obj.accessTargets ? obj.accessTargets.map((item) => {
            return model.AccessTargetDetails.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      UpdatePrivateEndpointDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "accessTargets": obj.accessTargets ? obj.accessTargets.map((item) => {
            return model.AccessTargetDetails.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      UpdatePrivateEndpointDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(UpdatePrivateEndpointDetails = exports.UpdatePrivateEndpointDetails || (exports.UpdatePrivateEndpointDetails = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/update-retention-rule-details.js
var require_update_retention_rule_details = __commonJS({
  "node_modules/oci-objectstorage/lib/model/update-retention-rule-details.js"(exports) {
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
    exports.UpdateRetentionRuleDetails = void 0;
    var model = __importStar(require_model());
    var UpdateRetentionRuleDetails;
    (function(UpdateRetentionRuleDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "duration": obj.duration ? model.Duration.getJsonObj(obj.duration) : void 0
        });
        return jsonObj;
      }
      UpdateRetentionRuleDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "duration": obj.duration ? model.Duration.getDeserializedJsonObj(obj.duration) : void 0
        });
        return jsonObj;
      }
      UpdateRetentionRuleDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(UpdateRetentionRuleDetails = exports.UpdateRetentionRuleDetails || (exports.UpdateRetentionRuleDetails = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/work-request.js
var require_work_request = __commonJS({
  "node_modules/oci-objectstorage/lib/model/work-request.js"(exports) {
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
    exports.WorkRequest = void 0;
    var model = __importStar(require_model());
    var WorkRequest;
    (function(WorkRequest2) {
      let OperationType;
      (function(OperationType2) {
        OperationType2["CopyObject"] = "COPY_OBJECT";
        OperationType2["Reencrypt"] = "REENCRYPT";
        OperationType2["PrivateEndpointCreate"] = "PRIVATE_ENDPOINT_CREATE";
        OperationType2["PrivateEndpointUpdate"] = "PRIVATE_ENDPOINT_UPDATE";
        OperationType2["PrivateEndpointDelete"] = "PRIVATE_ENDPOINT_DELETE";
        OperationType2["UnknownValue"] = "UNKNOWN_VALUE";
      })(OperationType = WorkRequest2.OperationType || (WorkRequest2.OperationType = {}));
      let Status;
      (function(Status2) {
        Status2["Accepted"] = "ACCEPTED";
        Status2["InProgress"] = "IN_PROGRESS";
        Status2["Failed"] = "FAILED";
        Status2["Completed"] = "COMPLETED";
        Status2["Canceling"] = "CANCELING";
        Status2["Canceled"] = "CANCELED";
        Status2["UnknownValue"] = "UNKNOWN_VALUE";
      })(Status = WorkRequest2.Status || (WorkRequest2.Status = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "resources": obj.resources ? obj.resources.map((item) => {
            return model.WorkRequestResource.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      WorkRequest2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "resources": obj.resources ? obj.resources.map((item) => {
            return model.WorkRequestResource.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      WorkRequest2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(WorkRequest = exports.WorkRequest || (exports.WorkRequest = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/work-request-error.js
var require_work_request_error = __commonJS({
  "node_modules/oci-objectstorage/lib/model/work-request-error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.WorkRequestError = void 0;
    var WorkRequestError;
    (function(WorkRequestError2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      WorkRequestError2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      WorkRequestError2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(WorkRequestError = exports.WorkRequestError || (exports.WorkRequestError = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/work-request-log-entry.js
var require_work_request_log_entry = __commonJS({
  "node_modules/oci-objectstorage/lib/model/work-request-log-entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.WorkRequestLogEntry = void 0;
    var WorkRequestLogEntry;
    (function(WorkRequestLogEntry2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      WorkRequestLogEntry2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      WorkRequestLogEntry2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(WorkRequestLogEntry = exports.WorkRequestLogEntry || (exports.WorkRequestLogEntry = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/work-request-resource.js
var require_work_request_resource = __commonJS({
  "node_modules/oci-objectstorage/lib/model/work-request-resource.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.WorkRequestResource = void 0;
    var WorkRequestResource;
    (function(WorkRequestResource2) {
      let ActionType;
      (function(ActionType2) {
        ActionType2["Created"] = "CREATED";
        ActionType2["Updated"] = "UPDATED";
        ActionType2["Deleted"] = "DELETED";
        ActionType2["Related"] = "RELATED";
        ActionType2["InProgress"] = "IN_PROGRESS";
        ActionType2["Read"] = "READ";
        ActionType2["Written"] = "WRITTEN";
        ActionType2["UnknownValue"] = "UNKNOWN_VALUE";
      })(ActionType = WorkRequestResource2.ActionType || (WorkRequestResource2.ActionType = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      WorkRequestResource2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      WorkRequestResource2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(WorkRequestResource = exports.WorkRequestResource || (exports.WorkRequestResource = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/work-request-resource-metadata-key.js
var require_work_request_resource_metadata_key = __commonJS({
  "node_modules/oci-objectstorage/lib/model/work-request-resource-metadata-key.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.WorkRequestResourceMetadataKey = void 0;
    var WorkRequestResourceMetadataKey;
    (function(WorkRequestResourceMetadataKey2) {
      WorkRequestResourceMetadataKey2["Region"] = "REGION";
      WorkRequestResourceMetadataKey2["Namespace"] = "NAMESPACE";
      WorkRequestResourceMetadataKey2["Bucket"] = "BUCKET";
      WorkRequestResourceMetadataKey2["Object"] = "OBJECT";
      WorkRequestResourceMetadataKey2["PrivateEndpointName"] = "PRIVATE_ENDPOINT_NAME";
    })(WorkRequestResourceMetadataKey = exports.WorkRequestResourceMetadataKey || (exports.WorkRequestResourceMetadataKey = {}));
    (function(WorkRequestResourceMetadataKey2) {
      function getJsonObj(obj) {
        return obj;
      }
      WorkRequestResourceMetadataKey2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      WorkRequestResourceMetadataKey2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(WorkRequestResourceMetadataKey = exports.WorkRequestResourceMetadataKey || (exports.WorkRequestResourceMetadataKey = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/work-request-summary.js
var require_work_request_summary = __commonJS({
  "node_modules/oci-objectstorage/lib/model/work-request-summary.js"(exports) {
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
    exports.WorkRequestSummary = void 0;
    var model = __importStar(require_model());
    var WorkRequestSummary;
    (function(WorkRequestSummary2) {
      let OperationType;
      (function(OperationType2) {
        OperationType2["CopyObject"] = "COPY_OBJECT";
        OperationType2["Reencrypt"] = "REENCRYPT";
        OperationType2["PrivateEndpointCreate"] = "PRIVATE_ENDPOINT_CREATE";
        OperationType2["PrivateEndpointUpdate"] = "PRIVATE_ENDPOINT_UPDATE";
        OperationType2["PrivateEndpointDelete"] = "PRIVATE_ENDPOINT_DELETE";
        OperationType2["UnknownValue"] = "UNKNOWN_VALUE";
      })(OperationType = WorkRequestSummary2.OperationType || (WorkRequestSummary2.OperationType = {}));
      let Status;
      (function(Status2) {
        Status2["Accepted"] = "ACCEPTED";
        Status2["InProgress"] = "IN_PROGRESS";
        Status2["Failed"] = "FAILED";
        Status2["Completed"] = "COMPLETED";
        Status2["Canceling"] = "CANCELING";
        Status2["Canceled"] = "CANCELED";
        Status2["UnknownValue"] = "UNKNOWN_VALUE";
      })(Status = WorkRequestSummary2.Status || (WorkRequestSummary2.Status = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "resources": obj.resources ? obj.resources.map((item) => {
            return model.WorkRequestResource.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      WorkRequestSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "resources": obj.resources ? obj.resources.map((item) => {
            return model.WorkRequestResource.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      WorkRequestSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(WorkRequestSummary = exports.WorkRequestSummary || (exports.WorkRequestSummary = {}));
  }
});

// node_modules/oci-objectstorage/lib/model/index.js
var require_model = __commonJS({
  "node_modules/oci-objectstorage/lib/model/index.js"(exports) {
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
    exports.StorageTier = exports.SSECustomerKeyDetails = exports.RetentionRuleSummary = exports.RetentionRuleDetails = exports.RetentionRuleCollection = exports.RetentionRule = exports.RestoreObjectsDetails = exports.ReplicationSource = exports.ReplicationPolicySummary = exports.ReplicationPolicy = exports.RenameObjectDetails = exports.ReencryptObjectDetails = exports.PutObjectLifecyclePolicyDetails = exports.PrivateEndpointSummary = exports.PrivateEndpoint = exports.PrefixFqdns = exports.PreauthenticatedRequestSummary = exports.PreauthenticatedRequest = exports.PatternDetails = exports.ObjectVersionSummary = exports.ObjectVersionCollection = exports.ObjectSummary = exports.ObjectNameFilter = exports.ObjectLifecycleRule = exports.ObjectLifecyclePolicy = exports.NamespaceMetadata = exports.MultipartUploadPartSummary = exports.MultipartUpload = exports.ListObjects = exports.Fqdns = exports.FailedObjectResult = exports.Duration = exports.DeletedObjectResult = exports.CreateRetentionRuleDetails = exports.CreateReplicationPolicyDetails = exports.CreatePrivateEndpointDetails = exports.CreatePreauthenticatedRequestDetails = exports.CreateMultipartUploadDetails = exports.CreateBucketDetails = exports.CopyObjectDetails = exports.CommitMultipartUploadPartDetails = exports.CommitMultipartUploadDetails = exports.ChecksumAlgorithm = exports.BucketSummary = exports.Bucket = exports.BatchDeleteObjectsResult = exports.BatchDeleteObjectsDetails = exports.BatchDeleteObjectIdentifier = exports.ArchivalState = exports.AccessTargetDetails = void 0;
    exports.WorkRequestSummary = exports.WorkRequestResourceMetadataKey = exports.WorkRequestResource = exports.WorkRequestLogEntry = exports.WorkRequestError = exports.WorkRequest = exports.UpdateRetentionRuleDetails = exports.UpdatePrivateEndpointDetails = exports.UpdateObjectStorageTierDetails = exports.UpdateNamespaceMetadataDetails = exports.UpdateBucketDetails = void 0;
    var AccessTargetDetails = __importStar(require_access_target_details());
    exports.AccessTargetDetails = AccessTargetDetails.AccessTargetDetails;
    var ArchivalState = __importStar(require_archival_state());
    exports.ArchivalState = ArchivalState.ArchivalState;
    var BatchDeleteObjectIdentifier = __importStar(require_batch_delete_object_identifier());
    exports.BatchDeleteObjectIdentifier = BatchDeleteObjectIdentifier.BatchDeleteObjectIdentifier;
    var BatchDeleteObjectsDetails = __importStar(require_batch_delete_objects_details());
    exports.BatchDeleteObjectsDetails = BatchDeleteObjectsDetails.BatchDeleteObjectsDetails;
    var BatchDeleteObjectsResult = __importStar(require_batch_delete_objects_result());
    exports.BatchDeleteObjectsResult = BatchDeleteObjectsResult.BatchDeleteObjectsResult;
    var Bucket = __importStar(require_bucket());
    exports.Bucket = Bucket.Bucket;
    var BucketSummary = __importStar(require_bucket_summary());
    exports.BucketSummary = BucketSummary.BucketSummary;
    var ChecksumAlgorithm = __importStar(require_checksum_algorithm());
    exports.ChecksumAlgorithm = ChecksumAlgorithm.ChecksumAlgorithm;
    var CommitMultipartUploadDetails = __importStar(require_commit_multipart_upload_details());
    exports.CommitMultipartUploadDetails = CommitMultipartUploadDetails.CommitMultipartUploadDetails;
    var CommitMultipartUploadPartDetails = __importStar(require_commit_multipart_upload_part_details());
    exports.CommitMultipartUploadPartDetails = CommitMultipartUploadPartDetails.CommitMultipartUploadPartDetails;
    var CopyObjectDetails = __importStar(require_copy_object_details());
    exports.CopyObjectDetails = CopyObjectDetails.CopyObjectDetails;
    var CreateBucketDetails = __importStar(require_create_bucket_details());
    exports.CreateBucketDetails = CreateBucketDetails.CreateBucketDetails;
    var CreateMultipartUploadDetails = __importStar(require_create_multipart_upload_details());
    exports.CreateMultipartUploadDetails = CreateMultipartUploadDetails.CreateMultipartUploadDetails;
    var CreatePreauthenticatedRequestDetails = __importStar(require_create_preauthenticated_request_details());
    exports.CreatePreauthenticatedRequestDetails = CreatePreauthenticatedRequestDetails.CreatePreauthenticatedRequestDetails;
    var CreatePrivateEndpointDetails = __importStar(require_create_private_endpoint_details());
    exports.CreatePrivateEndpointDetails = CreatePrivateEndpointDetails.CreatePrivateEndpointDetails;
    var CreateReplicationPolicyDetails = __importStar(require_create_replication_policy_details());
    exports.CreateReplicationPolicyDetails = CreateReplicationPolicyDetails.CreateReplicationPolicyDetails;
    var CreateRetentionRuleDetails = __importStar(require_create_retention_rule_details());
    exports.CreateRetentionRuleDetails = CreateRetentionRuleDetails.CreateRetentionRuleDetails;
    var DeletedObjectResult = __importStar(require_deleted_object_result());
    exports.DeletedObjectResult = DeletedObjectResult.DeletedObjectResult;
    var Duration = __importStar(require_duration());
    exports.Duration = Duration.Duration;
    var FailedObjectResult = __importStar(require_failed_object_result());
    exports.FailedObjectResult = FailedObjectResult.FailedObjectResult;
    var Fqdns = __importStar(require_fqdns());
    exports.Fqdns = Fqdns.Fqdns;
    var ListObjects = __importStar(require_list_objects());
    exports.ListObjects = ListObjects.ListObjects;
    var MultipartUpload = __importStar(require_multipart_upload());
    exports.MultipartUpload = MultipartUpload.MultipartUpload;
    var MultipartUploadPartSummary = __importStar(require_multipart_upload_part_summary());
    exports.MultipartUploadPartSummary = MultipartUploadPartSummary.MultipartUploadPartSummary;
    var NamespaceMetadata = __importStar(require_namespace_metadata());
    exports.NamespaceMetadata = NamespaceMetadata.NamespaceMetadata;
    var ObjectLifecyclePolicy = __importStar(require_object_lifecycle_policy());
    exports.ObjectLifecyclePolicy = ObjectLifecyclePolicy.ObjectLifecyclePolicy;
    var ObjectLifecycleRule = __importStar(require_object_lifecycle_rule());
    exports.ObjectLifecycleRule = ObjectLifecycleRule.ObjectLifecycleRule;
    var ObjectNameFilter = __importStar(require_object_name_filter());
    exports.ObjectNameFilter = ObjectNameFilter.ObjectNameFilter;
    var ObjectSummary = __importStar(require_object_summary());
    exports.ObjectSummary = ObjectSummary.ObjectSummary;
    var ObjectVersionCollection = __importStar(require_object_version_collection());
    exports.ObjectVersionCollection = ObjectVersionCollection.ObjectVersionCollection;
    var ObjectVersionSummary = __importStar(require_object_version_summary());
    exports.ObjectVersionSummary = ObjectVersionSummary.ObjectVersionSummary;
    var PatternDetails = __importStar(require_pattern_details());
    exports.PatternDetails = PatternDetails.PatternDetails;
    var PreauthenticatedRequest = __importStar(require_preauthenticated_request());
    exports.PreauthenticatedRequest = PreauthenticatedRequest.PreauthenticatedRequest;
    var PreauthenticatedRequestSummary = __importStar(require_preauthenticated_request_summary());
    exports.PreauthenticatedRequestSummary = PreauthenticatedRequestSummary.PreauthenticatedRequestSummary;
    var PrefixFqdns = __importStar(require_prefix_fqdns());
    exports.PrefixFqdns = PrefixFqdns.PrefixFqdns;
    var PrivateEndpoint = __importStar(require_private_endpoint());
    exports.PrivateEndpoint = PrivateEndpoint.PrivateEndpoint;
    var PrivateEndpointSummary = __importStar(require_private_endpoint_summary());
    exports.PrivateEndpointSummary = PrivateEndpointSummary.PrivateEndpointSummary;
    var PutObjectLifecyclePolicyDetails = __importStar(require_put_object_lifecycle_policy_details());
    exports.PutObjectLifecyclePolicyDetails = PutObjectLifecyclePolicyDetails.PutObjectLifecyclePolicyDetails;
    var ReencryptObjectDetails = __importStar(require_reencrypt_object_details());
    exports.ReencryptObjectDetails = ReencryptObjectDetails.ReencryptObjectDetails;
    var RenameObjectDetails = __importStar(require_rename_object_details());
    exports.RenameObjectDetails = RenameObjectDetails.RenameObjectDetails;
    var ReplicationPolicy = __importStar(require_replication_policy());
    exports.ReplicationPolicy = ReplicationPolicy.ReplicationPolicy;
    var ReplicationPolicySummary = __importStar(require_replication_policy_summary());
    exports.ReplicationPolicySummary = ReplicationPolicySummary.ReplicationPolicySummary;
    var ReplicationSource = __importStar(require_replication_source());
    exports.ReplicationSource = ReplicationSource.ReplicationSource;
    var RestoreObjectsDetails = __importStar(require_restore_objects_details());
    exports.RestoreObjectsDetails = RestoreObjectsDetails.RestoreObjectsDetails;
    var RetentionRule = __importStar(require_retention_rule());
    exports.RetentionRule = RetentionRule.RetentionRule;
    var RetentionRuleCollection = __importStar(require_retention_rule_collection());
    exports.RetentionRuleCollection = RetentionRuleCollection.RetentionRuleCollection;
    var RetentionRuleDetails = __importStar(require_retention_rule_details());
    exports.RetentionRuleDetails = RetentionRuleDetails.RetentionRuleDetails;
    var RetentionRuleSummary = __importStar(require_retention_rule_summary());
    exports.RetentionRuleSummary = RetentionRuleSummary.RetentionRuleSummary;
    var SSECustomerKeyDetails = __importStar(require_s_se_customer_key_details());
    exports.SSECustomerKeyDetails = SSECustomerKeyDetails.SSECustomerKeyDetails;
    var StorageTier = __importStar(require_storage_tier());
    exports.StorageTier = StorageTier.StorageTier;
    var UpdateBucketDetails = __importStar(require_update_bucket_details());
    exports.UpdateBucketDetails = UpdateBucketDetails.UpdateBucketDetails;
    var UpdateNamespaceMetadataDetails = __importStar(require_update_namespace_metadata_details());
    exports.UpdateNamespaceMetadataDetails = UpdateNamespaceMetadataDetails.UpdateNamespaceMetadataDetails;
    var UpdateObjectStorageTierDetails = __importStar(require_update_object_storage_tier_details());
    exports.UpdateObjectStorageTierDetails = UpdateObjectStorageTierDetails.UpdateObjectStorageTierDetails;
    var UpdatePrivateEndpointDetails = __importStar(require_update_private_endpoint_details());
    exports.UpdatePrivateEndpointDetails = UpdatePrivateEndpointDetails.UpdatePrivateEndpointDetails;
    var UpdateRetentionRuleDetails = __importStar(require_update_retention_rule_details());
    exports.UpdateRetentionRuleDetails = UpdateRetentionRuleDetails.UpdateRetentionRuleDetails;
    var WorkRequest = __importStar(require_work_request());
    exports.WorkRequest = WorkRequest.WorkRequest;
    var WorkRequestError = __importStar(require_work_request_error());
    exports.WorkRequestError = WorkRequestError.WorkRequestError;
    var WorkRequestLogEntry = __importStar(require_work_request_log_entry());
    exports.WorkRequestLogEntry = WorkRequestLogEntry.WorkRequestLogEntry;
    var WorkRequestResource = __importStar(require_work_request_resource());
    exports.WorkRequestResource = WorkRequestResource.WorkRequestResource;
    var WorkRequestResourceMetadataKey = __importStar(require_work_request_resource_metadata_key());
    exports.WorkRequestResourceMetadataKey = WorkRequestResourceMetadataKey.WorkRequestResourceMetadataKey;
    var WorkRequestSummary = __importStar(require_work_request_summary());
    exports.WorkRequestSummary = WorkRequestSummary.WorkRequestSummary;
  }
});

// node_modules/oci-objectstorage/lib/response/index.js
var require_response = __commonJS({
  "node_modules/oci-objectstorage/lib/response/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/oci-objectstorage/lib/objectstorage-waiter.js
var require_objectstorage_waiter = __commonJS({
  "node_modules/oci-objectstorage/lib/objectstorage-waiter.js"(exports) {
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
    exports.ObjectStorageWaiter = void 0;
    var models = __importStar(require_model());
    var oci_common_1 = require_oci_common();
    var ObjectStorageWaiter = class {
      constructor(client, config) {
        this.client = client;
        this.config = config;
      }
      /**
       * Waits forPrivateEndpoint till it reaches any of the provided states
       *
       * @param request the request to send
       * @param targetStates the desired states to wait for. The waiter will return once the resource reaches any of the provided states
       * @return response returns GetPrivateEndpointResponse | null (null in case of 404 response)
       */
      forPrivateEndpoint(request, ...targetStates) {
        return __awaiter(this, void 0, void 0, function* () {
          return oci_common_1.genericTerminalConditionWaiter(this.config, () => this.client.getPrivateEndpoint(request), (response) => targetStates.includes(response.privateEndpoint.lifecycleState), targetStates.includes(models.PrivateEndpoint.LifecycleState.Deleted));
        });
      }
      /**
       * Waits forWorkRequest
       *
       * @param request the request to send
       * @return response returns GetWorkRequestResponse
       */
      forWorkRequest(request) {
        return __awaiter(this, void 0, void 0, function* () {
          return oci_common_1.genericWaiter(this.config, () => this.client.getWorkRequest(request), (response) => response.workRequest.timeFinished ? true : false);
        });
      }
    };
    exports.ObjectStorageWaiter = ObjectStorageWaiter;
  }
});

// node_modules/oci-objectstorage/lib/client.js
var require_client = __commonJS({
  "node_modules/oci-objectstorage/lib/client.js"(exports) {
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
    exports.ObjectStorageClient = exports.ObjectStorageApiKeys = void 0;
    var common2 = require_oci_common();
    var model = __importStar(require_model());
    var oci_common_1 = require_oci_common();
    var objectstorage_waiter_1 = require_objectstorage_waiter();
    var oci_common_2 = require_oci_common();
    var Breaker = require_opossum();
    var ObjectStorageApiKeys;
    /* @__PURE__ */ (function(ObjectStorageApiKeys2) {
    })(ObjectStorageApiKeys = exports.ObjectStorageApiKeys || (exports.ObjectStorageApiKeys = {}));
    var ObjectStorageClient3 = class _ObjectStorageClient {
      constructor(params, clientConfiguration) {
        this["_realmSpecificEndpointTemplateEnabled"] = void 0;
        this["_endpoint"] = "";
        this["_defaultHeaders"] = {};
        this._circuitBreaker = null;
        this._httpOptions = void 0;
        this._bodyDuplexMode = void 0;
        this.targetService = "ObjectStorage";
        this._regionId = "";
        this._lastSetRegionOrRegionId = "";
        this._enableDualstackEndpoint = void 0;
        this._serviceUsesDualStackByDefault = false;
        const requestSigner = params.authenticationDetailsProvider ? new common2.DefaultRequestSigner(params.authenticationDetailsProvider) : null;
        this._authProvider = params.authenticationDetailsProvider;
        if (clientConfiguration) {
          this._clientConfiguration = clientConfiguration;
          this._circuitBreaker = clientConfiguration.circuitBreaker ? clientConfiguration.circuitBreaker.circuit : null;
          this._httpOptions = clientConfiguration.httpOptions ? clientConfiguration.httpOptions : void 0;
          this._bodyDuplexMode = clientConfiguration.bodyDuplexMode ? clientConfiguration.bodyDuplexMode : void 0;
        }
        if (!oci_common_2.developerToolConfiguration.isServiceEnabled("objectstorage")) {
          let errmsg = "The developerToolConfiguration configuration disabled this service, this behavior is controlled by developerToolConfiguration.ociEnabledServiceSet variable. Please check if your local developer_tool_configuration file has configured the service you're targeting or contact the cloud provider on the availability of this service : ";
          throw errmsg.concat("objectstorage");
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
          this.logger.info(`ObjectStorageClient endpoint set to ${this._endpoint}`);
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
          this.endpoint = common2.EndpointBuilder.createEndpointFromRegion(_ObjectStorageClient.serviceEndpointTemplate, this._region, _ObjectStorageClient.endpointServiceName, _ObjectStorageClient.serviceEndpointTemplatePerRealm, this._realmSpecificEndpointTemplateEnabled);
        } else if (this._lastSetRegionOrRegionId === common2.Region.REGION_ID_STRING) {
          this.endpoint = common2.EndpointBuilder.createEndpointFromRegionId(_ObjectStorageClient.serviceEndpointTemplate, this._regionId, _ObjectStorageClient.endpointServiceName, _ObjectStorageClient.serviceEndpointTemplatePerRealm, this._realmSpecificEndpointTemplateEnabled);
        }
      }
      /**
       * Sets the region to call (ex, Region.US_PHOENIX_1).
       * Note, this will call {@link #endpoint(String) endpoint} after resolving the endpoint.
       * @param region The region of the service.
       */
      set region(region) {
        this._region = region;
        this.endpoint = common2.EndpointBuilder.createEndpointFromRegion(_ObjectStorageClient.serviceEndpointTemplate, region, _ObjectStorageClient.endpointServiceName, _ObjectStorageClient.serviceEndpointTemplatePerRealm, this._realmSpecificEndpointTemplateEnabled);
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
        this.endpoint = common2.EndpointBuilder.createEndpointFromRegionId(_ObjectStorageClient.serviceEndpointTemplate, regionId, _ObjectStorageClient.endpointServiceName, _ObjectStorageClient.serviceEndpointTemplatePerRealm, this._realmSpecificEndpointTemplateEnabled);
        this._lastSetRegionOrRegionId = common2.Region.REGION_ID_STRING;
      }
      set enableDualstackEndpoint(enableDualstackEndpoint) {
        this._enableDualstackEndpoint = enableDualstackEndpoint;
      }
      /**
       * Creates a new ObjectStorageWaiter for resources for this service.
       *
       * @param config The waiter configuration for termination and delay strategy
       * @return The service waiters.
       */
      createWaiters(config) {
        this._waiters = new objectstorage_waiter_1.ObjectStorageWaiter(this, config);
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
       * Aborts an in-progress multipart upload and deletes all parts that have been uploaded.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param AbortMultipartUploadRequest
       * @return AbortMultipartUploadResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/AbortMultipartUpload.ts.html |here} to see how to use AbortMultipartUpload API.
       */
      abortMultipartUpload(abortMultipartUploadRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#abortMultipartUpload.");
          const operationName = "abortMultipartUpload";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/MultipartUpload/AbortMultipartUpload";
          const pathParams = {
            "{namespaceName}": abortMultipartUploadRequest.namespaceName,
            "{bucketName}": abortMultipartUploadRequest.bucketName,
            "{objectName}": abortMultipartUploadRequest.objectName
          };
          const queryParams = {
            "uploadId": abortMultipartUploadRequest.uploadId
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": abortMultipartUploadRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set([
            "namespaceName",
            "bucketName",
            "objectName",
            "uploadId"
          ]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, abortMultipartUploadRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/u/{objectName}",
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
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
       * Deletes a batch of objects.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param BatchDeleteObjectsRequest
       * @return BatchDeleteObjectsResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/BatchDeleteObjects.ts.html |here} to see how to use BatchDeleteObjects API.
       */
      batchDeleteObjects(batchDeleteObjectsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#batchDeleteObjects.");
          const operationName = "batchDeleteObjects";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Object/BatchDeleteObjects";
          const pathParams = {
            "{namespaceName}": batchDeleteObjectsRequest.namespaceName,
            "{bucketName}": batchDeleteObjectsRequest.bucketName
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": batchDeleteObjectsRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, batchDeleteObjectsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/actions/batchDeleteObjects",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(batchDeleteObjectsRequest.batchDeleteObjectsDetails, "BatchDeleteObjectsDetails", model.BatchDeleteObjectsDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "batchDeleteObjectsResult",
              bodyModel: model.BatchDeleteObjectsResult,
              type: "model.BatchDeleteObjectsResult",
              responseHeaders: [
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
       * Cancels a work request.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param CancelWorkRequestRequest
       * @return CancelWorkRequestResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/CancelWorkRequest.ts.html |here} to see how to use CancelWorkRequest API.
       */
      cancelWorkRequest(cancelWorkRequestRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#cancelWorkRequest.");
          const operationName = "cancelWorkRequest";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/WorkRequest/CancelWorkRequest";
          const pathParams = {
            "{workRequestId}": cancelWorkRequestRequest.workRequestId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": cancelWorkRequestRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["workRequestId"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, cancelWorkRequestRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/workRequests/{workRequestId}",
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
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
       * Commits a multipart upload, which involves checking part numbers and entity tags (ETags) of the parts, to create an aggregate object.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param CommitMultipartUploadRequest
       * @return CommitMultipartUploadResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/CommitMultipartUpload.ts.html |here} to see how to use CommitMultipartUpload API.
       */
      commitMultipartUpload(commitMultipartUploadRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#commitMultipartUpload.");
          const operationName = "commitMultipartUpload";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/MultipartUpload/CommitMultipartUpload";
          const pathParams = {
            "{namespaceName}": commitMultipartUploadRequest.namespaceName,
            "{bucketName}": commitMultipartUploadRequest.bucketName,
            "{objectName}": commitMultipartUploadRequest.objectName
          };
          const queryParams = {
            "uploadId": commitMultipartUploadRequest.uploadId
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": commitMultipartUploadRequest.ifMatch,
            "if-none-match": commitMultipartUploadRequest.ifNoneMatch,
            "opc-client-request-id": commitMultipartUploadRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set([
            "namespaceName",
            "bucketName",
            "objectName",
            "uploadId"
          ]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, commitMultipartUploadRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/u/{objectName}",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(commitMultipartUploadRequest.commitMultipartUploadDetails, "CommitMultipartUploadDetails", model.CommitMultipartUploadDetails.getJsonObj),
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
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-multipart-md5"),
                  key: "opcMultipartMd5",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-content-crc32c"),
                  key: "opcContentCrc32c",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-multipart-sha256"),
                  key: "opcMultipartSha256",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-multipart-sha384"),
                  key: "opcMultipartSha384",
                  dataType: "string"
                },
                {
                  value: response.headers.get("ETag"),
                  key: "eTag",
                  dataType: "string"
                },
                {
                  value: response.headers.get("last-modified"),
                  key: "lastModified",
                  dataType: "Date"
                },
                {
                  value: response.headers.get("version-id"),
                  key: "versionId",
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
           * Creates a request to copy an object within a region or to another region.
      * <p>
      See [Object Names](https://docs.oracle.com/iaas/Content/Object/Tasks/managingobjects.htm#namerequirements)
      * for object naming requirements.
      *
           * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
           * @param CopyObjectRequest
           * @return CopyObjectResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/CopyObject.ts.html |here} to see how to use CopyObject API.
           */
      copyObject(copyObjectRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#copyObject.");
          const operationName = "copyObject";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Object/CopyObject";
          const pathParams = {
            "{namespaceName}": copyObjectRequest.namespaceName,
            "{bucketName}": copyObjectRequest.bucketName
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": copyObjectRequest.opcClientRequestId,
            "opc-sse-customer-algorithm": copyObjectRequest.opcSseCustomerAlgorithm,
            "opc-sse-customer-key": copyObjectRequest.opcSseCustomerKey,
            "opc-sse-customer-key-sha256": copyObjectRequest.opcSseCustomerKeySha256,
            "opc-source-sse-customer-algorithm": copyObjectRequest.opcSourceSseCustomerAlgorithm,
            "opc-source-sse-customer-key": copyObjectRequest.opcSourceSseCustomerKey,
            "opc-source-sse-customer-key-sha256": copyObjectRequest.opcSourceSseCustomerKeySha256,
            "opc-sse-kms-key-id": copyObjectRequest.opcSseKmsKeyId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, copyObjectRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/actions/copyObject",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(copyObjectRequest.copyObjectDetails, "CopyObjectDetails", model.CopyObjectDetails.getJsonObj),
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
                },
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
       * Creates a bucket in the given namespace with a bucket name and optional user-defined metadata. Avoid entering
       * confidential information in bucket names.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param CreateBucketRequest
       * @return CreateBucketResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/CreateBucket.ts.html |here} to see how to use CreateBucket API.
       */
      createBucket(createBucketRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#createBucket.");
          const operationName = "createBucket";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Bucket/CreateBucket";
          const pathParams = {
            "{namespaceName}": createBucketRequest.namespaceName
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": createBucketRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, createBucketRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(createBucketRequest.createBucketDetails, "CreateBucketDetails", model.CreateBucketDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "bucket",
              bodyModel: model.Bucket,
              type: "model.Bucket",
              responseHeaders: [
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("ETag"),
                  key: "eTag",
                  dataType: "string"
                },
                {
                  value: response.headers.get("Location"),
                  key: "location",
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
           * Starts a new multipart upload to a specific object in the given bucket in the given namespace.
      * <p>
      See [Object Names](https://docs.oracle.com/iaas/Content/Object/Tasks/managingobjects.htm#namerequirements)
      * for object naming requirements.
      *
           * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
           * @param CreateMultipartUploadRequest
           * @return CreateMultipartUploadResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/CreateMultipartUpload.ts.html |here} to see how to use CreateMultipartUpload API.
           */
      createMultipartUpload(createMultipartUploadRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#createMultipartUpload.");
          const operationName = "createMultipartUpload";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/MultipartUpload/CreateMultipartUpload";
          const pathParams = {
            "{namespaceName}": createMultipartUploadRequest.namespaceName,
            "{bucketName}": createMultipartUploadRequest.bucketName
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": createMultipartUploadRequest.ifMatch,
            "if-none-match": createMultipartUploadRequest.ifNoneMatch,
            "opc-client-request-id": createMultipartUploadRequest.opcClientRequestId,
            "opc-sse-customer-algorithm": createMultipartUploadRequest.opcSseCustomerAlgorithm,
            "opc-sse-customer-key": createMultipartUploadRequest.opcSseCustomerKey,
            "opc-sse-customer-key-sha256": createMultipartUploadRequest.opcSseCustomerKeySha256,
            "opc-sse-kms-key-id": createMultipartUploadRequest.opcSseKmsKeyId,
            "opc-checksum-algorithm": createMultipartUploadRequest.opcChecksumAlgorithm
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, createMultipartUploadRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/u",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(createMultipartUploadRequest.createMultipartUploadDetails, "CreateMultipartUploadDetails", model.CreateMultipartUploadDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "multipartUpload",
              bodyModel: model.MultipartUpload,
              type: "model.MultipartUpload",
              responseHeaders: [
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("Location"),
                  key: "location",
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
       * Creates a pre-authenticated request specific to the bucket.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param CreatePreauthenticatedRequestRequest
       * @return CreatePreauthenticatedRequestResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/CreatePreauthenticatedRequest.ts.html |here} to see how to use CreatePreauthenticatedRequest API.
       */
      createPreauthenticatedRequest(createPreauthenticatedRequestRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#createPreauthenticatedRequest.");
          const operationName = "createPreauthenticatedRequest";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/PreauthenticatedRequest/CreatePreauthenticatedRequest";
          const pathParams = {
            "{namespaceName}": createPreauthenticatedRequestRequest.namespaceName,
            "{bucketName}": createPreauthenticatedRequestRequest.bucketName
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": createPreauthenticatedRequestRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, createPreauthenticatedRequestRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/p",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(createPreauthenticatedRequestRequest.createPreauthenticatedRequestDetails, "CreatePreauthenticatedRequestDetails", model.CreatePreauthenticatedRequestDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "preauthenticatedRequest",
              bodyModel: model.PreauthenticatedRequest,
              type: "model.PreauthenticatedRequest",
              responseHeaders: [
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
       * Create a PrivateEndpoint.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param CreatePrivateEndpointRequest
       * @return CreatePrivateEndpointResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/CreatePrivateEndpoint.ts.html |here} to see how to use CreatePrivateEndpoint API.
       */
      createPrivateEndpoint(createPrivateEndpointRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#createPrivateEndpoint.");
          const operationName = "createPrivateEndpoint";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/PrivateEndpoint/CreatePrivateEndpoint";
          const pathParams = {
            "{namespaceName}": createPrivateEndpointRequest.namespaceName
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": createPrivateEndpointRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, createPrivateEndpointRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/pe",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(createPrivateEndpointRequest.createPrivateEndpointDetails, "CreatePrivateEndpointDetails", model.CreatePrivateEndpointDetails.getJsonObj),
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
                },
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
       * Creates a replication policy for the specified bucket.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param CreateReplicationPolicyRequest
       * @return CreateReplicationPolicyResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/CreateReplicationPolicy.ts.html |here} to see how to use CreateReplicationPolicy API.
       */
      createReplicationPolicy(createReplicationPolicyRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#createReplicationPolicy.");
          const operationName = "createReplicationPolicy";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Replication/CreateReplicationPolicy";
          const pathParams = {
            "{namespaceName}": createReplicationPolicyRequest.namespaceName,
            "{bucketName}": createReplicationPolicyRequest.bucketName
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": createReplicationPolicyRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, createReplicationPolicyRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/replicationPolicies",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(createReplicationPolicyRequest.createReplicationPolicyDetails, "CreateReplicationPolicyDetails", model.CreateReplicationPolicyDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "replicationPolicy",
              bodyModel: model.ReplicationPolicy,
              type: "model.ReplicationPolicy",
              responseHeaders: [
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
       * Creates a new retention rule in the specified bucket. The new rule will take effect typically within 30 seconds.
       * Note that a maximum of 100 rules are supported on a bucket.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param CreateRetentionRuleRequest
       * @return CreateRetentionRuleResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/CreateRetentionRule.ts.html |here} to see how to use CreateRetentionRule API.
       */
      createRetentionRule(createRetentionRuleRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#createRetentionRule.");
          const operationName = "createRetentionRule";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/RetentionRule/CreateRetentionRule";
          const pathParams = {
            "{namespaceName}": createRetentionRuleRequest.namespaceName,
            "{bucketName}": createRetentionRuleRequest.bucketName
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": createRetentionRuleRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, createRetentionRuleRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/retentionRules",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(createRetentionRuleRequest.createRetentionRuleDetails, "CreateRetentionRuleDetails", model.CreateRetentionRuleDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "retentionRule",
              bodyModel: model.RetentionRule,
              type: "model.RetentionRule",
              responseHeaders: [
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
       * Deletes a bucket if the bucket is already empty. If the bucket is not empty, use
       * {@link #deleteObject(DeleteObjectRequest) deleteObject} first. In addition,
       * you cannot delete a bucket that has a multipart upload in progress or a pre-authenticated
       * request associated with that bucket.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param DeleteBucketRequest
       * @return DeleteBucketResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/DeleteBucket.ts.html |here} to see how to use DeleteBucket API.
       */
      deleteBucket(deleteBucketRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#deleteBucket.");
          const operationName = "deleteBucket";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Bucket/DeleteBucket";
          const pathParams = {
            "{namespaceName}": deleteBucketRequest.namespaceName,
            "{bucketName}": deleteBucketRequest.bucketName
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": deleteBucketRequest.ifMatch,
            "opc-client-request-id": deleteBucketRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, deleteBucketRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}",
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
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
       * Deletes an object.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param DeleteObjectRequest
       * @return DeleteObjectResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/DeleteObject.ts.html |here} to see how to use DeleteObject API.
       */
      deleteObject(deleteObjectRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#deleteObject.");
          const operationName = "deleteObject";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Object/DeleteObject";
          const pathParams = {
            "{namespaceName}": deleteObjectRequest.namespaceName,
            "{bucketName}": deleteObjectRequest.bucketName,
            "{objectName}": deleteObjectRequest.objectName
          };
          const queryParams = {
            "versionId": deleteObjectRequest.versionId
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": deleteObjectRequest.ifMatch,
            "opc-client-request-id": deleteObjectRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName", "objectName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, deleteObjectRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/o/{objectName}",
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
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("last-modified"),
                  key: "lastModified",
                  dataType: "Date"
                },
                {
                  value: response.headers.get("version-id"),
                  key: "versionId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("is-delete-marker"),
                  key: "isDeleteMarker",
                  dataType: "boolean"
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
       * Deletes the object lifecycle policy for the bucket.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param DeleteObjectLifecyclePolicyRequest
       * @return DeleteObjectLifecyclePolicyResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/DeleteObjectLifecyclePolicy.ts.html |here} to see how to use DeleteObjectLifecyclePolicy API.
       */
      deleteObjectLifecyclePolicy(deleteObjectLifecyclePolicyRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#deleteObjectLifecyclePolicy.");
          const operationName = "deleteObjectLifecyclePolicy";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/ObjectLifecyclePolicy/DeleteObjectLifecyclePolicy";
          const pathParams = {
            "{namespaceName}": deleteObjectLifecyclePolicyRequest.namespaceName,
            "{bucketName}": deleteObjectLifecyclePolicyRequest.bucketName
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": deleteObjectLifecyclePolicyRequest.opcClientRequestId,
            "if-match": deleteObjectLifecyclePolicyRequest.ifMatch
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, deleteObjectLifecyclePolicyRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/l",
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
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
       * Deletes the pre-authenticated request for the bucket.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param DeletePreauthenticatedRequestRequest
       * @return DeletePreauthenticatedRequestResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/DeletePreauthenticatedRequest.ts.html |here} to see how to use DeletePreauthenticatedRequest API.
       */
      deletePreauthenticatedRequest(deletePreauthenticatedRequestRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#deletePreauthenticatedRequest.");
          const operationName = "deletePreauthenticatedRequest";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/PreauthenticatedRequest/DeletePreauthenticatedRequest";
          const pathParams = {
            "{namespaceName}": deletePreauthenticatedRequestRequest.namespaceName,
            "{bucketName}": deletePreauthenticatedRequestRequest.bucketName,
            "{parId}": deletePreauthenticatedRequestRequest.parId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": deletePreauthenticatedRequestRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName", "parId"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, deletePreauthenticatedRequestRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/p/{parId}",
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
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
       * Deletes a Private Endpoint if it exists in the given namespace.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param DeletePrivateEndpointRequest
       * @return DeletePrivateEndpointResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/DeletePrivateEndpoint.ts.html |here} to see how to use DeletePrivateEndpoint API.
       */
      deletePrivateEndpoint(deletePrivateEndpointRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#deletePrivateEndpoint.");
          const operationName = "deletePrivateEndpoint";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/PrivateEndpoint/DeletePrivateEndpoint";
          const pathParams = {
            "{namespaceName}": deletePrivateEndpointRequest.namespaceName,
            "{peName}": deletePrivateEndpointRequest.peName
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": deletePrivateEndpointRequest.ifMatch,
            "opc-client-request-id": deletePrivateEndpointRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "peName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, deletePrivateEndpointRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/pe/{peName}",
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
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
       * Deletes the replication policy associated with the source bucket.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param DeleteReplicationPolicyRequest
       * @return DeleteReplicationPolicyResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/DeleteReplicationPolicy.ts.html |here} to see how to use DeleteReplicationPolicy API.
       */
      deleteReplicationPolicy(deleteReplicationPolicyRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#deleteReplicationPolicy.");
          const operationName = "deleteReplicationPolicy";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Replication/DeleteReplicationPolicy";
          const pathParams = {
            "{namespaceName}": deleteReplicationPolicyRequest.namespaceName,
            "{bucketName}": deleteReplicationPolicyRequest.bucketName,
            "{replicationId}": deleteReplicationPolicyRequest.replicationId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": deleteReplicationPolicyRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName", "replicationId"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, deleteReplicationPolicyRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/replicationPolicies/{replicationId}",
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
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
       * Deletes the specified rule. The deletion takes effect typically within 30 seconds.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param DeleteRetentionRuleRequest
       * @return DeleteRetentionRuleResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/DeleteRetentionRule.ts.html |here} to see how to use DeleteRetentionRule API.
       */
      deleteRetentionRule(deleteRetentionRuleRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#deleteRetentionRule.");
          const operationName = "deleteRetentionRule";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/RetentionRule/DeleteRetentionRule";
          const pathParams = {
            "{namespaceName}": deleteRetentionRuleRequest.namespaceName,
            "{bucketName}": deleteRetentionRuleRequest.bucketName,
            "{retentionRuleId}": deleteRetentionRuleRequest.retentionRuleId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": deleteRetentionRuleRequest.ifMatch,
            "opc-client-request-id": deleteRetentionRuleRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName", "retentionRuleId"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, deleteRetentionRuleRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/retentionRules/{retentionRuleId}",
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
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
       * Gets the current representation of the given bucket in the given Object Storage namespace.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param GetBucketRequest
       * @return GetBucketResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/GetBucket.ts.html |here} to see how to use GetBucket API.
       */
      getBucket(getBucketRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#getBucket.");
          const operationName = "getBucket";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Bucket/GetBucket";
          const pathParams = {
            "{namespaceName}": getBucketRequest.namespaceName,
            "{bucketName}": getBucketRequest.bucketName
          };
          const queryParams = {
            "fields": getBucketRequest.fields
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": getBucketRequest.ifMatch,
            "if-none-match": getBucketRequest.ifNoneMatch,
            "opc-client-request-id": getBucketRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getBucketRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}",
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
              bodyKey: "bucket",
              bodyModel: model.Bucket,
              type: "model.Bucket",
              responseHeaders: [
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("ETag"),
                  key: "eTag",
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
           * Each Oracle Cloud Infrastructure tenant is assigned one unique and uneditable Object Storage namespace. The namespace
      * is a system-generated string assigned during account creation. For some older tenancies, the namespace string may be
      * the tenancy name in all lower-case letters. You cannot edit a namespace.
      * <p>
      GetNamespace returns the name of the Object Storage namespace for the user making the request.
      * If an optional compartmentId query parameter is provided, GetNamespace returns the namespace name of the corresponding
      * tenancy, provided the user has access to it.
      *
           * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
           * @param GetNamespaceRequest
           * @return GetNamespaceResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/GetNamespace.ts.html |here} to see how to use GetNamespace API.
           */
      getNamespace(getNamespaceRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#getNamespace.");
          const operationName = "getNamespace";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Namespace/GetNamespace";
          const pathParams = {};
          const queryParams = {
            "compartmentId": getNamespaceRequest.compartmentId
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": getNamespaceRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set([]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getNamespaceRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n",
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
              bodyKey: "value",
              bodyModel: "string",
              type: "string",
              responseHeaders: []
            });
            return sdkResponse;
          } catch (err) {
            throw err;
          }
        });
      }
      /**
           * Gets the metadata for the Object Storage namespace, which contains defaultS3CompartmentId and
      * defaultSwiftCompartmentId.
      * <p>
      Any user with the OBJECTSTORAGE_NAMESPACE_READ permission will be able to see the current metadata. If you are
      * not authorized, talk to an administrator. If you are an administrator who needs to write policies
      * to give users access, see
      * [Getting Started with Policies](https://docs.oracle.com/iaas/Content/Identity/Concepts/policygetstarted.htm).
      *
           * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
           * @param GetNamespaceMetadataRequest
           * @return GetNamespaceMetadataResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/GetNamespaceMetadata.ts.html |here} to see how to use GetNamespaceMetadata API.
           */
      getNamespaceMetadata(getNamespaceMetadataRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#getNamespaceMetadata.");
          const operationName = "getNamespaceMetadata";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Namespace/GetNamespaceMetadata";
          const pathParams = {
            "{namespaceName}": getNamespaceMetadataRequest.namespaceName
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": getNamespaceMetadataRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getNamespaceMetadataRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}",
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
              bodyKey: "namespaceMetadata",
              bodyModel: model.NamespaceMetadata,
              type: "model.NamespaceMetadata",
              responseHeaders: [
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
       * Gets the metadata and body of an object.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param GetObjectRequest
       * @return GetObjectResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/GetObject.ts.html |here} to see how to use GetObject API.
       */
      getObject(getObjectRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#getObject.");
          const operationName = "getObject";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Object/GetObject";
          const pathParams = {
            "{namespaceName}": getObjectRequest.namespaceName,
            "{bucketName}": getObjectRequest.bucketName,
            "{objectName}": getObjectRequest.objectName
          };
          const queryParams = {
            "versionId": getObjectRequest.versionId,
            "httpResponseContentDisposition": getObjectRequest.httpResponseContentDisposition,
            "httpResponseCacheControl": getObjectRequest.httpResponseCacheControl,
            "httpResponseContentType": getObjectRequest.httpResponseContentType,
            "httpResponseContentLanguage": getObjectRequest.httpResponseContentLanguage,
            "httpResponseContentEncoding": getObjectRequest.httpResponseContentEncoding,
            "httpResponseExpires": getObjectRequest.httpResponseExpires
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": getObjectRequest.ifMatch,
            "if-none-match": getObjectRequest.ifNoneMatch,
            "opc-client-request-id": getObjectRequest.opcClientRequestId,
            "range": getObjectRequest.range,
            "opc-sse-customer-algorithm": getObjectRequest.opcSseCustomerAlgorithm,
            "opc-sse-customer-key": getObjectRequest.opcSseCustomerKey,
            "opc-sse-customer-key-sha256": getObjectRequest.opcSseCustomerKeySha256
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName", "objectName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getObjectRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/o/{objectName}",
            method: "GET",
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: response.body,
              bodyKey: "value",
              bodyModel: "string",
              responseHeaders: [
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("ETag"),
                  key: "eTag",
                  dataType: "string"
                },
                {
                  value: response.headers.get("content-length"),
                  key: "contentLength",
                  dataType: "number"
                },
                {
                  value: response.headers.get("content-range"),
                  key: "contentRange",
                  dataType: "common.Range"
                },
                {
                  value: response.headers.get("content-md5"),
                  key: "contentMd5",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-multipart-md5"),
                  key: "opcMultipartMd5",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-content-crc32c"),
                  key: "opcContentCrc32c",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-content-sha256"),
                  key: "opcContentSha256",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-multipart-sha256"),
                  key: "opcMultipartSha256",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-content-sha384"),
                  key: "opcContentSha384",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-multipart-sha384"),
                  key: "opcMultipartSha384",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-bucket-key-enabled"),
                  key: "opcBucketKeyEnabled",
                  dataType: "boolean"
                },
                {
                  value: response.headers.get("content-type"),
                  key: "contentType",
                  dataType: "string"
                },
                {
                  value: response.headers.get("content-language"),
                  key: "contentLanguage",
                  dataType: "string"
                },
                {
                  value: response.headers.get("content-encoding"),
                  key: "contentEncoding",
                  dataType: "string"
                },
                {
                  value: response.headers.get("cache-control"),
                  key: "cacheControl",
                  dataType: "string"
                },
                {
                  value: response.headers.get("content-disposition"),
                  key: "contentDisposition",
                  dataType: "string"
                },
                {
                  value: response.headers.get("last-modified"),
                  key: "lastModified",
                  dataType: "Date"
                },
                {
                  value: response.headers.get("storage-tier"),
                  key: "storageTier",
                  dataType: "string"
                },
                {
                  value: response.headers.get("archival-state"),
                  key: "archivalState",
                  dataType: "string"
                },
                {
                  value: response.headers.get("time-of-archival"),
                  key: "timeOfArchival",
                  dataType: "Date"
                },
                {
                  value: response.headers.get("version-id"),
                  key: "versionId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("expires"),
                  key: "expires",
                  dataType: "Date"
                }
              ]
            });
            const opcMeta = {};
            const pattern = "opc-meta-";
            response.headers.forEach((v, k) => {
              if (k.startsWith(pattern)) {
                Object.assign(opcMeta, { [k]: v });
              }
            });
            sdkResponse.opcMeta = opcMeta;
            return sdkResponse;
          } catch (err) {
            throw err;
          }
        });
      }
      /**
       * Gets the object lifecycle policy for the bucket.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param GetObjectLifecyclePolicyRequest
       * @return GetObjectLifecyclePolicyResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/GetObjectLifecyclePolicy.ts.html |here} to see how to use GetObjectLifecyclePolicy API.
       */
      getObjectLifecyclePolicy(getObjectLifecyclePolicyRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#getObjectLifecyclePolicy.");
          const operationName = "getObjectLifecyclePolicy";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/ObjectLifecyclePolicy/GetObjectLifecyclePolicy";
          const pathParams = {
            "{namespaceName}": getObjectLifecyclePolicyRequest.namespaceName,
            "{bucketName}": getObjectLifecyclePolicyRequest.bucketName
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": getObjectLifecyclePolicyRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getObjectLifecyclePolicyRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/l",
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
              bodyKey: "objectLifecyclePolicy",
              bodyModel: model.ObjectLifecyclePolicy,
              type: "model.ObjectLifecyclePolicy",
              responseHeaders: [
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("ETag"),
                  key: "eTag",
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
       * Gets the pre-authenticated request for the bucket.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param GetPreauthenticatedRequestRequest
       * @return GetPreauthenticatedRequestResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/GetPreauthenticatedRequest.ts.html |here} to see how to use GetPreauthenticatedRequest API.
       */
      getPreauthenticatedRequest(getPreauthenticatedRequestRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#getPreauthenticatedRequest.");
          const operationName = "getPreauthenticatedRequest";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/PreauthenticatedRequest/GetPreauthenticatedRequest";
          const pathParams = {
            "{namespaceName}": getPreauthenticatedRequestRequest.namespaceName,
            "{bucketName}": getPreauthenticatedRequestRequest.bucketName,
            "{parId}": getPreauthenticatedRequestRequest.parId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": getPreauthenticatedRequestRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName", "parId"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getPreauthenticatedRequestRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/p/{parId}",
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
              bodyKey: "preauthenticatedRequestSummary",
              bodyModel: model.PreauthenticatedRequestSummary,
              type: "model.PreauthenticatedRequestSummary",
              responseHeaders: [
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
       * Gets the current representation of the given Private Endpoint in the given Object Storage namespace.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param GetPrivateEndpointRequest
       * @return GetPrivateEndpointResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/GetPrivateEndpoint.ts.html |here} to see how to use GetPrivateEndpoint API.
       */
      getPrivateEndpoint(getPrivateEndpointRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#getPrivateEndpoint.");
          const operationName = "getPrivateEndpoint";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/PrivateEndpoint/GetPrivateEndpoint";
          const pathParams = {
            "{namespaceName}": getPrivateEndpointRequest.namespaceName,
            "{peName}": getPrivateEndpointRequest.peName
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": getPrivateEndpointRequest.ifMatch,
            "if-none-match": getPrivateEndpointRequest.ifNoneMatch,
            "opc-client-request-id": getPrivateEndpointRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "peName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getPrivateEndpointRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/pe/{peName}",
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
              bodyKey: "privateEndpoint",
              bodyModel: model.PrivateEndpoint,
              type: "model.PrivateEndpoint",
              responseHeaders: [
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("eTag"),
                  key: "eTag",
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
       * Get the replication policy.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param GetReplicationPolicyRequest
       * @return GetReplicationPolicyResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/GetReplicationPolicy.ts.html |here} to see how to use GetReplicationPolicy API.
       */
      getReplicationPolicy(getReplicationPolicyRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#getReplicationPolicy.");
          const operationName = "getReplicationPolicy";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Replication/GetReplicationPolicy";
          const pathParams = {
            "{namespaceName}": getReplicationPolicyRequest.namespaceName,
            "{bucketName}": getReplicationPolicyRequest.bucketName,
            "{replicationId}": getReplicationPolicyRequest.replicationId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": getReplicationPolicyRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName", "replicationId"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getReplicationPolicyRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/replicationPolicies/{replicationId}",
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
              bodyKey: "replicationPolicy",
              bodyModel: model.ReplicationPolicy,
              type: "model.ReplicationPolicy",
              responseHeaders: [
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
       * Get the specified retention rule.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param GetRetentionRuleRequest
       * @return GetRetentionRuleResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/GetRetentionRule.ts.html |here} to see how to use GetRetentionRule API.
       */
      getRetentionRule(getRetentionRuleRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#getRetentionRule.");
          const operationName = "getRetentionRule";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/RetentionRule/GetRetentionRule";
          const pathParams = {
            "{namespaceName}": getRetentionRuleRequest.namespaceName,
            "{bucketName}": getRetentionRuleRequest.bucketName,
            "{retentionRuleId}": getRetentionRuleRequest.retentionRuleId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": getRetentionRuleRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName", "retentionRuleId"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getRetentionRuleRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/retentionRules/{retentionRuleId}",
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
              bodyKey: "retentionRule",
              bodyModel: model.RetentionRule,
              type: "model.RetentionRule",
              responseHeaders: [
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
                },
                {
                  value: response.headers.get("last-modified"),
                  key: "lastModified",
                  dataType: "Date"
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
       * Gets the status of the work request for the given ID.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param GetWorkRequestRequest
       * @return GetWorkRequestResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/GetWorkRequest.ts.html |here} to see how to use GetWorkRequest API.
       */
      getWorkRequest(getWorkRequestRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#getWorkRequest.");
          const operationName = "getWorkRequest";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/WorkRequest/GetWorkRequest";
          const pathParams = {
            "{workRequestId}": getWorkRequestRequest.workRequestId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": getWorkRequestRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["workRequestId"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getWorkRequestRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/workRequests/{workRequestId}",
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
              bodyKey: "workRequest",
              bodyModel: model.WorkRequest,
              type: "model.WorkRequest",
              responseHeaders: [
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("retry-after"),
                  key: "retryAfter",
                  dataType: "number"
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
       * Efficiently checks to see if a bucket exists and gets the current entity tag (ETag) for the bucket.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param HeadBucketRequest
       * @return HeadBucketResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/HeadBucket.ts.html |here} to see how to use HeadBucket API.
       */
      headBucket(headBucketRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#headBucket.");
          const operationName = "headBucket";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Bucket/HeadBucket";
          const pathParams = {
            "{namespaceName}": headBucketRequest.namespaceName,
            "{bucketName}": headBucketRequest.bucketName
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": headBucketRequest.ifMatch,
            "if-none-match": headBucketRequest.ifNoneMatch,
            "opc-client-request-id": headBucketRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, headBucketRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}",
            method: "HEAD",
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
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("ETag"),
                  key: "eTag",
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
       * Gets the user-defined metadata and entity tag (ETag) for an object.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param HeadObjectRequest
       * @return HeadObjectResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/HeadObject.ts.html |here} to see how to use HeadObject API.
       */
      headObject(headObjectRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#headObject.");
          const operationName = "headObject";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Object/HeadObject";
          const pathParams = {
            "{namespaceName}": headObjectRequest.namespaceName,
            "{bucketName}": headObjectRequest.bucketName,
            "{objectName}": headObjectRequest.objectName
          };
          const queryParams = {
            "versionId": headObjectRequest.versionId
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": headObjectRequest.ifMatch,
            "if-none-match": headObjectRequest.ifNoneMatch,
            "opc-client-request-id": headObjectRequest.opcClientRequestId,
            "opc-sse-customer-algorithm": headObjectRequest.opcSseCustomerAlgorithm,
            "opc-sse-customer-key": headObjectRequest.opcSseCustomerKey,
            "opc-sse-customer-key-sha256": headObjectRequest.opcSseCustomerKeySha256
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName", "objectName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, headObjectRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/o/{objectName}",
            method: "HEAD",
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
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("ETag"),
                  key: "eTag",
                  dataType: "string"
                },
                {
                  value: response.headers.get("content-length"),
                  key: "contentLength",
                  dataType: "number"
                },
                {
                  value: response.headers.get("content-md5"),
                  key: "contentMd5",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-multipart-md5"),
                  key: "opcMultipartMd5",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-content-crc32c"),
                  key: "opcContentCrc32c",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-content-sha256"),
                  key: "opcContentSha256",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-multipart-sha256"),
                  key: "opcMultipartSha256",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-content-sha384"),
                  key: "opcContentSha384",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-multipart-sha384"),
                  key: "opcMultipartSha384",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-bucket-key-enabled"),
                  key: "opcBucketKeyEnabled",
                  dataType: "boolean"
                },
                {
                  value: response.headers.get("content-type"),
                  key: "contentType",
                  dataType: "string"
                },
                {
                  value: response.headers.get("content-language"),
                  key: "contentLanguage",
                  dataType: "string"
                },
                {
                  value: response.headers.get("content-encoding"),
                  key: "contentEncoding",
                  dataType: "string"
                },
                {
                  value: response.headers.get("cache-control"),
                  key: "cacheControl",
                  dataType: "string"
                },
                {
                  value: response.headers.get("content-disposition"),
                  key: "contentDisposition",
                  dataType: "string"
                },
                {
                  value: response.headers.get("last-modified"),
                  key: "lastModified",
                  dataType: "Date"
                },
                {
                  value: response.headers.get("storage-tier"),
                  key: "storageTier",
                  dataType: "string"
                },
                {
                  value: response.headers.get("archival-state"),
                  key: "archivalState",
                  dataType: "string"
                },
                {
                  value: response.headers.get("time-of-archival"),
                  key: "timeOfArchival",
                  dataType: "Date"
                },
                {
                  value: response.headers.get("version-id"),
                  key: "versionId",
                  dataType: "string"
                }
              ]
            });
            const opcMeta = {};
            const pattern = "opc-meta-";
            response.headers.forEach((v, k) => {
              if (k.startsWith(pattern)) {
                Object.assign(opcMeta, { [k]: v });
              }
            });
            sdkResponse.opcMeta = opcMeta;
            return sdkResponse;
          } catch (err) {
            throw err;
          }
        });
      }
      /**
           * Gets a list of all BucketSummary items in a compartment. A BucketSummary contains only summary fields for the bucket
      * and does not contain fields like the user-defined metadata.
      * <p>
      ListBuckets returns a BucketSummary containing at most 1000 buckets. To paginate through more buckets, use the returned
      * `opc-next-page` value with the `page` request parameter.
      * <p>
      To use this and other API operations, you must be authorized in an IAM policy. If you are not authorized,
      * talk to an administrator. If you are an administrator who needs to write policies to give users access, see
      * [Getting Started with Policies](https://docs.oracle.com/iaas/Content/Identity/Concepts/policygetstarted.htm).
      *
           * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
           * @param ListBucketsRequest
           * @return ListBucketsResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/ListBuckets.ts.html |here} to see how to use ListBuckets API.
           */
      listBuckets(listBucketsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#listBuckets.");
          const operationName = "listBuckets";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Bucket/ListBuckets";
          const pathParams = {
            "{namespaceName}": listBucketsRequest.namespaceName
          };
          const queryParams = {
            "compartmentId": listBucketsRequest.compartmentId,
            "limit": listBucketsRequest.limit,
            "page": listBucketsRequest.page,
            "fields": listBucketsRequest.fields
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": listBucketsRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "compartmentId"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listBucketsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b",
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
              bodyModel: model.BucketSummary,
              type: "Array<model.BucketSummary>",
              responseHeaders: [
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-next-page"),
                  key: "opcNextPage",
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
       * NOTE: This function is deprecated in favor of listBucketsRecordIterator function.
       * Creates a new async iterator which will iterate over the models.BucketSummary objects
       * contained in responses from the listBuckets operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllBuckets(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listBuckets(req));
      }
      /**
       * NOTE: This function is deprecated in favor of listBucketsResponseIterator function.
       * Creates a new async iterator which will iterate over the responses received from the listBuckets operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllBucketsResponses(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listBuckets(req));
      }
      /**
       * Creates a new async iterator which will iterate over the models.BucketSummary objects
       * contained in responses from the listBuckets operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listBucketsRecordIterator(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listBuckets(req));
      }
      /**
       * Creates a new async iterator which will iterate over the responses received from the listBuckets operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listBucketsResponseIterator(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listBuckets(req));
      }
      /**
       * Lists the parts of an in-progress multipart upload.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param ListMultipartUploadPartsRequest
       * @return ListMultipartUploadPartsResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/ListMultipartUploadParts.ts.html |here} to see how to use ListMultipartUploadParts API.
       */
      listMultipartUploadParts(listMultipartUploadPartsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#listMultipartUploadParts.");
          const operationName = "listMultipartUploadParts";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/MultipartUpload/ListMultipartUploadParts";
          const pathParams = {
            "{namespaceName}": listMultipartUploadPartsRequest.namespaceName,
            "{bucketName}": listMultipartUploadPartsRequest.bucketName,
            "{objectName}": listMultipartUploadPartsRequest.objectName
          };
          const queryParams = {
            "uploadId": listMultipartUploadPartsRequest.uploadId,
            "limit": listMultipartUploadPartsRequest.limit,
            "page": listMultipartUploadPartsRequest.page
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": listMultipartUploadPartsRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set([
            "namespaceName",
            "bucketName",
            "objectName",
            "uploadId"
          ]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listMultipartUploadPartsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/u/{objectName}",
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
              bodyModel: model.MultipartUploadPartSummary,
              type: "Array<model.MultipartUploadPartSummary>",
              responseHeaders: [
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-next-page"),
                  key: "opcNextPage",
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
       * NOTE: This function is deprecated in favor of listMultipartUploadPartsRecordIterator function.
       * Creates a new async iterator which will iterate over the models.MultipartUploadPartSummary objects
       * contained in responses from the listMultipartUploadParts operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllMultipartUploadParts(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listMultipartUploadParts(req));
      }
      /**
       * NOTE: This function is deprecated in favor of listMultipartUploadPartsResponseIterator function.
       * Creates a new async iterator which will iterate over the responses received from the listMultipartUploadParts operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllMultipartUploadPartsResponses(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listMultipartUploadParts(req));
      }
      /**
       * Creates a new async iterator which will iterate over the models.MultipartUploadPartSummary objects
       * contained in responses from the listMultipartUploadParts operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listMultipartUploadPartsRecordIterator(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listMultipartUploadParts(req));
      }
      /**
       * Creates a new async iterator which will iterate over the responses received from the listMultipartUploadParts operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listMultipartUploadPartsResponseIterator(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listMultipartUploadParts(req));
      }
      /**
       * Lists all of the in-progress multipart uploads for the given bucket in the given Object Storage namespace.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param ListMultipartUploadsRequest
       * @return ListMultipartUploadsResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/ListMultipartUploads.ts.html |here} to see how to use ListMultipartUploads API.
       */
      listMultipartUploads(listMultipartUploadsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#listMultipartUploads.");
          const operationName = "listMultipartUploads";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/MultipartUpload/ListMultipartUploads";
          const pathParams = {
            "{namespaceName}": listMultipartUploadsRequest.namespaceName,
            "{bucketName}": listMultipartUploadsRequest.bucketName
          };
          const queryParams = {
            "limit": listMultipartUploadsRequest.limit,
            "page": listMultipartUploadsRequest.page
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": listMultipartUploadsRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listMultipartUploadsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/u",
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
              bodyModel: model.MultipartUpload,
              type: "Array<model.MultipartUpload>",
              responseHeaders: [
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-next-page"),
                  key: "opcNextPage",
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
       * NOTE: This function is deprecated in favor of listMultipartUploadsRecordIterator function.
       * Creates a new async iterator which will iterate over the models.MultipartUpload objects
       * contained in responses from the listMultipartUploads operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllMultipartUploads(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listMultipartUploads(req));
      }
      /**
       * NOTE: This function is deprecated in favor of listMultipartUploadsResponseIterator function.
       * Creates a new async iterator which will iterate over the responses received from the listMultipartUploads operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllMultipartUploadsResponses(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listMultipartUploads(req));
      }
      /**
       * Creates a new async iterator which will iterate over the models.MultipartUpload objects
       * contained in responses from the listMultipartUploads operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listMultipartUploadsRecordIterator(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listMultipartUploads(req));
      }
      /**
       * Creates a new async iterator which will iterate over the responses received from the listMultipartUploads operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listMultipartUploadsResponseIterator(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listMultipartUploads(req));
      }
      /**
           * Lists the object versions in a bucket.
      * <p>
      ListObjectVersions returns an ObjectVersionCollection containing at most 1000 object versions. To paginate through
      * more object versions, use the returned `opc-next-page` value with the `page` request parameter.
      * <p>
      To use this and other API operations, you must be authorized in an IAM policy. If you are not authorized,
      * talk to an administrator. If you are an administrator who needs to write policies to give users access, see
      * [Getting Started with Policies](https://docs.oracle.com/iaas/Content/Identity/Concepts/policygetstarted.htm).
      *
           * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
           * @param ListObjectVersionsRequest
           * @return ListObjectVersionsResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/ListObjectVersions.ts.html |here} to see how to use ListObjectVersions API.
           */
      listObjectVersions(listObjectVersionsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#listObjectVersions.");
          const operationName = "listObjectVersions";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Object/ListObjectVersions";
          const pathParams = {
            "{namespaceName}": listObjectVersionsRequest.namespaceName,
            "{bucketName}": listObjectVersionsRequest.bucketName
          };
          const queryParams = {
            "prefix": listObjectVersionsRequest.prefix,
            "start": listObjectVersionsRequest.start,
            "end": listObjectVersionsRequest.end,
            "limit": listObjectVersionsRequest.limit,
            "delimiter": listObjectVersionsRequest.delimiter,
            "fields": listObjectVersionsRequest.fields,
            "startAfter": listObjectVersionsRequest.startAfter,
            "page": listObjectVersionsRequest.page
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": listObjectVersionsRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listObjectVersionsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/objectversions",
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
              bodyKey: "objectVersionCollection",
              bodyModel: model.ObjectVersionCollection,
              type: "model.ObjectVersionCollection",
              responseHeaders: [
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-next-page"),
                  key: "opcNextPage",
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
           * Lists the objects in a bucket. By default, ListObjects returns object names only. See the `fields`
      * parameter for other fields that you can optionally include in ListObjects response.
      * <p>
      ListObjects returns at most 1000 objects. To paginate through more objects, use the returned 'nextStartWith'
      * value with the 'start' parameter. To filter which objects ListObjects returns, use the 'start' and 'end'
      * parameters.
      * <p>
      To use this and other API operations, you must be authorized in an IAM policy. If you are not authorized,
      * talk to an administrator. If you are an administrator who needs to write policies to give users access, see
      * [Getting Started with Policies](https://docs.oracle.com/iaas/Content/Identity/Concepts/policygetstarted.htm).
      *
           * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
           * @param ListObjectsRequest
           * @return ListObjectsResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/ListObjects.ts.html |here} to see how to use ListObjects API.
           */
      listObjects(listObjectsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#listObjects.");
          const operationName = "listObjects";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Object/ListObjects";
          const pathParams = {
            "{namespaceName}": listObjectsRequest.namespaceName,
            "{bucketName}": listObjectsRequest.bucketName
          };
          const queryParams = {
            "prefix": listObjectsRequest.prefix,
            "start": listObjectsRequest.start,
            "end": listObjectsRequest.end,
            "limit": listObjectsRequest.limit,
            "delimiter": listObjectsRequest.delimiter,
            "fields": listObjectsRequest.fields,
            "startAfter": listObjectsRequest.startAfter
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": listObjectsRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listObjectsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/o",
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
              bodyKey: "listObjects",
              bodyModel: model.ListObjects,
              type: "model.ListObjects",
              responseHeaders: [
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
       * NOTE: This function is deprecated in favor of listObjectsRecordIterator function.
       * Creates a new async iterator which will iterate over the models.ObjectSummary objects
       * contained in responses from the listObjects operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllObjects(request) {
        return oci_common_1.genericPaginateRecords(request, (req) => this.listObjects(req), (res) => res.listObjects.nextStartWith, (req, nextPageToken) => req.start = nextPageToken, (res) => res.listObjects.objects);
      }
      /**
       * NOTE: This function is deprecated in favor of listObjectsResponseIterator function.
       * Creates a new async iterator which will iterate over the responses received from the listObjects operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllObjectsResponses(request) {
        return oci_common_1.genericPaginateResponses(request, (req) => this.listObjects(req), (res) => res.listObjects.nextStartWith, (req, nextPageToken) => req.start = nextPageToken);
      }
      /**
       * Creates a new async iterator which will iterate over the models.ObjectSummary objects
       * contained in responses from the listObjects operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listObjectsRecordIterator(request) {
        return oci_common_1.genericPaginateRecords(request, (req) => this.listObjects(req), (res) => res.listObjects.nextStartWith, (req, nextPageToken) => req.start = nextPageToken, (res) => res.listObjects.objects);
      }
      /**
       * Creates a new async iterator which will iterate over the responses received from the listObjects operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listObjectsResponseIterator(request) {
        return oci_common_1.genericPaginateResponses(request, (req) => this.listObjects(req), (res) => res.listObjects.nextStartWith, (req, nextPageToken) => req.start = nextPageToken);
      }
      /**
       * Lists pre-authenticated requests for the bucket.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param ListPreauthenticatedRequestsRequest
       * @return ListPreauthenticatedRequestsResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/ListPreauthenticatedRequests.ts.html |here} to see how to use ListPreauthenticatedRequests API.
       */
      listPreauthenticatedRequests(listPreauthenticatedRequestsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#listPreauthenticatedRequests.");
          const operationName = "listPreauthenticatedRequests";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/PreauthenticatedRequest/ListPreauthenticatedRequests";
          const pathParams = {
            "{namespaceName}": listPreauthenticatedRequestsRequest.namespaceName,
            "{bucketName}": listPreauthenticatedRequestsRequest.bucketName
          };
          const queryParams = {
            "objectNamePrefix": listPreauthenticatedRequestsRequest.objectNamePrefix,
            "limit": listPreauthenticatedRequestsRequest.limit,
            "page": listPreauthenticatedRequestsRequest.page
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": listPreauthenticatedRequestsRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listPreauthenticatedRequestsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/p",
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
              bodyModel: model.PreauthenticatedRequestSummary,
              type: "Array<model.PreauthenticatedRequestSummary>",
              responseHeaders: [
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-next-page"),
                  key: "opcNextPage",
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
       * NOTE: This function is deprecated in favor of listPreauthenticatedRequestsRecordIterator function.
       * Creates a new async iterator which will iterate over the models.PreauthenticatedRequestSummary objects
       * contained in responses from the listPreauthenticatedRequests operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllPreauthenticatedRequests(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listPreauthenticatedRequests(req));
      }
      /**
       * NOTE: This function is deprecated in favor of listPreauthenticatedRequestsResponseIterator function.
       * Creates a new async iterator which will iterate over the responses received from the listPreauthenticatedRequests operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllPreauthenticatedRequestsResponses(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listPreauthenticatedRequests(req));
      }
      /**
       * Creates a new async iterator which will iterate over the models.PreauthenticatedRequestSummary objects
       * contained in responses from the listPreauthenticatedRequests operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listPreauthenticatedRequestsRecordIterator(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listPreauthenticatedRequests(req));
      }
      /**
       * Creates a new async iterator which will iterate over the responses received from the listPreauthenticatedRequests operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listPreauthenticatedRequestsResponseIterator(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listPreauthenticatedRequests(req));
      }
      /**
       * Gets a list of all PrivateEndpointSummary in a compartment associated with a namespace.
       * To use this and other API operations, you must be authorized in an IAM policy. If you are not authorized,
       * talk to an administrator. If you are an administrator who needs to write policies to give users access, see
       * [Getting Started with Policies](https://docs.oracle.com/iaas/Content/Identity/Concepts/policygetstarted.htm).
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param ListPrivateEndpointsRequest
       * @return ListPrivateEndpointsResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/ListPrivateEndpoints.ts.html |here} to see how to use ListPrivateEndpoints API.
       */
      listPrivateEndpoints(listPrivateEndpointsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#listPrivateEndpoints.");
          const operationName = "listPrivateEndpoints";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/PrivateEndpointSummary/ListPrivateEndpoints";
          const pathParams = {
            "{namespaceName}": listPrivateEndpointsRequest.namespaceName
          };
          const queryParams = {
            "compartmentId": listPrivateEndpointsRequest.compartmentId,
            "limit": listPrivateEndpointsRequest.limit,
            "page": listPrivateEndpointsRequest.page,
            "fields": listPrivateEndpointsRequest.fields,
            "lifecycleState": listPrivateEndpointsRequest.lifecycleState
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": listPrivateEndpointsRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "compartmentId"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listPrivateEndpointsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/pe",
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
              bodyModel: model.PrivateEndpointSummary,
              type: "Array<model.PrivateEndpointSummary>",
              responseHeaders: [
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-next-page"),
                  key: "opcNextPage",
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
       * NOTE: This function is deprecated in favor of listPrivateEndpointsRecordIterator function.
       * Creates a new async iterator which will iterate over the models.PrivateEndpointSummary objects
       * contained in responses from the listPrivateEndpoints operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllPrivateEndpoints(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listPrivateEndpoints(req));
      }
      /**
       * NOTE: This function is deprecated in favor of listPrivateEndpointsResponseIterator function.
       * Creates a new async iterator which will iterate over the responses received from the listPrivateEndpoints operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllPrivateEndpointsResponses(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listPrivateEndpoints(req));
      }
      /**
       * Creates a new async iterator which will iterate over the models.PrivateEndpointSummary objects
       * contained in responses from the listPrivateEndpoints operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listPrivateEndpointsRecordIterator(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listPrivateEndpoints(req));
      }
      /**
       * Creates a new async iterator which will iterate over the responses received from the listPrivateEndpoints operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listPrivateEndpointsResponseIterator(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listPrivateEndpoints(req));
      }
      /**
       * List the replication policies associated with a bucket.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param ListReplicationPoliciesRequest
       * @return ListReplicationPoliciesResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/ListReplicationPolicies.ts.html |here} to see how to use ListReplicationPolicies API.
       */
      listReplicationPolicies(listReplicationPoliciesRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#listReplicationPolicies.");
          const operationName = "listReplicationPolicies";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Replication/ListReplicationPolicies";
          const pathParams = {
            "{namespaceName}": listReplicationPoliciesRequest.namespaceName,
            "{bucketName}": listReplicationPoliciesRequest.bucketName
          };
          const queryParams = {
            "page": listReplicationPoliciesRequest.page,
            "limit": listReplicationPoliciesRequest.limit
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": listReplicationPoliciesRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listReplicationPoliciesRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/replicationPolicies",
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
              bodyModel: model.ReplicationPolicySummary,
              type: "Array<model.ReplicationPolicySummary>",
              responseHeaders: [
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-next-page"),
                  key: "opcNextPage",
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
       * NOTE: This function is deprecated in favor of listReplicationPoliciesRecordIterator function.
       * Creates a new async iterator which will iterate over the models.ReplicationPolicySummary objects
       * contained in responses from the listReplicationPolicies operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllReplicationPolicies(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listReplicationPolicies(req));
      }
      /**
       * NOTE: This function is deprecated in favor of listReplicationPoliciesResponseIterator function.
       * Creates a new async iterator which will iterate over the responses received from the listReplicationPolicies operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllReplicationPoliciesResponses(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listReplicationPolicies(req));
      }
      /**
       * Creates a new async iterator which will iterate over the models.ReplicationPolicySummary objects
       * contained in responses from the listReplicationPolicies operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listReplicationPoliciesRecordIterator(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listReplicationPolicies(req));
      }
      /**
       * Creates a new async iterator which will iterate over the responses received from the listReplicationPolicies operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listReplicationPoliciesResponseIterator(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listReplicationPolicies(req));
      }
      /**
       * List the replication sources of a destination bucket.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param ListReplicationSourcesRequest
       * @return ListReplicationSourcesResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/ListReplicationSources.ts.html |here} to see how to use ListReplicationSources API.
       */
      listReplicationSources(listReplicationSourcesRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#listReplicationSources.");
          const operationName = "listReplicationSources";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Replication/ListReplicationSources";
          const pathParams = {
            "{namespaceName}": listReplicationSourcesRequest.namespaceName,
            "{bucketName}": listReplicationSourcesRequest.bucketName
          };
          const queryParams = {
            "page": listReplicationSourcesRequest.page,
            "limit": listReplicationSourcesRequest.limit
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": listReplicationSourcesRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listReplicationSourcesRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/replicationSources",
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
              bodyModel: model.ReplicationSource,
              type: "Array<model.ReplicationSource>",
              responseHeaders: [
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-next-page"),
                  key: "opcNextPage",
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
       * NOTE: This function is deprecated in favor of listReplicationSourcesRecordIterator function.
       * Creates a new async iterator which will iterate over the models.ReplicationSource objects
       * contained in responses from the listReplicationSources operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllReplicationSources(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listReplicationSources(req));
      }
      /**
       * NOTE: This function is deprecated in favor of listReplicationSourcesResponseIterator function.
       * Creates a new async iterator which will iterate over the responses received from the listReplicationSources operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllReplicationSourcesResponses(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listReplicationSources(req));
      }
      /**
       * Creates a new async iterator which will iterate over the models.ReplicationSource objects
       * contained in responses from the listReplicationSources operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listReplicationSourcesRecordIterator(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listReplicationSources(req));
      }
      /**
       * Creates a new async iterator which will iterate over the responses received from the listReplicationSources operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listReplicationSourcesResponseIterator(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listReplicationSources(req));
      }
      /**
       * List the retention rules for a bucket. The retention rules are sorted based on creation time,
       * with the most recently created retention rule returned first.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param ListRetentionRulesRequest
       * @return ListRetentionRulesResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/ListRetentionRules.ts.html |here} to see how to use ListRetentionRules API.
       */
      listRetentionRules(listRetentionRulesRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#listRetentionRules.");
          const operationName = "listRetentionRules";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/RetentionRule/ListRetentionRules";
          const pathParams = {
            "{namespaceName}": listRetentionRulesRequest.namespaceName,
            "{bucketName}": listRetentionRulesRequest.bucketName
          };
          const queryParams = {
            "page": listRetentionRulesRequest.page
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listRetentionRulesRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/retentionRules",
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
              bodyKey: "retentionRuleCollection",
              bodyModel: model.RetentionRuleCollection,
              type: "model.RetentionRuleCollection",
              responseHeaders: [
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-next-page"),
                  key: "opcNextPage",
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
       * Lists the errors of the work request with the given ID.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param ListWorkRequestErrorsRequest
       * @return ListWorkRequestErrorsResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/ListWorkRequestErrors.ts.html |here} to see how to use ListWorkRequestErrors API.
       */
      listWorkRequestErrors(listWorkRequestErrorsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#listWorkRequestErrors.");
          const operationName = "listWorkRequestErrors";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/WorkRequestError/ListWorkRequestErrors";
          const pathParams = {
            "{workRequestId}": listWorkRequestErrorsRequest.workRequestId
          };
          const queryParams = {
            "page": listWorkRequestErrorsRequest.page,
            "limit": listWorkRequestErrorsRequest.limit
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": listWorkRequestErrorsRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["workRequestId"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listWorkRequestErrorsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/workRequests/{workRequestId}/errors",
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
              bodyModel: model.WorkRequestError,
              type: "Array<model.WorkRequestError>",
              responseHeaders: [
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-next-page"),
                  key: "opcNextPage",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
       * NOTE: This function is deprecated in favor of listWorkRequestErrorsRecordIterator function.
       * Creates a new async iterator which will iterate over the models.WorkRequestError objects
       * contained in responses from the listWorkRequestErrors operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllWorkRequestErrors(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listWorkRequestErrors(req));
      }
      /**
       * NOTE: This function is deprecated in favor of listWorkRequestErrorsResponseIterator function.
       * Creates a new async iterator which will iterate over the responses received from the listWorkRequestErrors operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllWorkRequestErrorsResponses(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listWorkRequestErrors(req));
      }
      /**
       * Creates a new async iterator which will iterate over the models.WorkRequestError objects
       * contained in responses from the listWorkRequestErrors operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listWorkRequestErrorsRecordIterator(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listWorkRequestErrors(req));
      }
      /**
       * Creates a new async iterator which will iterate over the responses received from the listWorkRequestErrors operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listWorkRequestErrorsResponseIterator(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listWorkRequestErrors(req));
      }
      /**
       * Lists the logs of the work request with the given ID.
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param ListWorkRequestLogsRequest
       * @return ListWorkRequestLogsResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/ListWorkRequestLogs.ts.html |here} to see how to use ListWorkRequestLogs API.
       */
      listWorkRequestLogs(listWorkRequestLogsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#listWorkRequestLogs.");
          const operationName = "listWorkRequestLogs";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/WorkRequestLogEntry/ListWorkRequestLogs";
          const pathParams = {
            "{workRequestId}": listWorkRequestLogsRequest.workRequestId
          };
          const queryParams = {
            "page": listWorkRequestLogsRequest.page,
            "limit": listWorkRequestLogsRequest.limit
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": listWorkRequestLogsRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["workRequestId"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listWorkRequestLogsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/workRequests/{workRequestId}/logs",
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
              bodyModel: model.WorkRequestLogEntry,
              type: "Array<model.WorkRequestLogEntry>",
              responseHeaders: [
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-next-page"),
                  key: "opcNextPage",
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
       * NOTE: This function is deprecated in favor of listWorkRequestLogsRecordIterator function.
       * Creates a new async iterator which will iterate over the models.WorkRequestLogEntry objects
       * contained in responses from the listWorkRequestLogs operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllWorkRequestLogs(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listWorkRequestLogs(req));
      }
      /**
       * NOTE: This function is deprecated in favor of listWorkRequestLogsResponseIterator function.
       * Creates a new async iterator which will iterate over the responses received from the listWorkRequestLogs operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllWorkRequestLogsResponses(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listWorkRequestLogs(req));
      }
      /**
       * Creates a new async iterator which will iterate over the models.WorkRequestLogEntry objects
       * contained in responses from the listWorkRequestLogs operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listWorkRequestLogsRecordIterator(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listWorkRequestLogs(req));
      }
      /**
       * Creates a new async iterator which will iterate over the responses received from the listWorkRequestLogs operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listWorkRequestLogsResponseIterator(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listWorkRequestLogs(req));
      }
      /**
       * Lists the work requests in a compartment.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param ListWorkRequestsRequest
       * @return ListWorkRequestsResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/ListWorkRequests.ts.html |here} to see how to use ListWorkRequests API.
       */
      listWorkRequests(listWorkRequestsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#listWorkRequests.");
          const operationName = "listWorkRequests";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/WorkRequest/ListWorkRequests";
          const pathParams = {};
          const queryParams = {
            "compartmentId": listWorkRequestsRequest.compartmentId,
            "privateEndpointName": listWorkRequestsRequest.privateEndpointName,
            "page": listWorkRequestsRequest.page,
            "limit": listWorkRequestsRequest.limit
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": listWorkRequestsRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["compartmentId"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listWorkRequestsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/workRequests",
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
              bodyModel: model.WorkRequestSummary,
              type: "Array<model.WorkRequestSummary>",
              responseHeaders: [
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-next-page"),
                  key: "opcNextPage",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
       * NOTE: This function is deprecated in favor of listWorkRequestsRecordIterator function.
       * Creates a new async iterator which will iterate over the models.WorkRequestSummary objects
       * contained in responses from the listWorkRequests operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllWorkRequests(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listWorkRequests(req));
      }
      /**
       * NOTE: This function is deprecated in favor of listWorkRequestsResponseIterator function.
       * Creates a new async iterator which will iterate over the responses received from the listWorkRequests operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listAllWorkRequestsResponses(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listWorkRequests(req));
      }
      /**
       * Creates a new async iterator which will iterate over the models.WorkRequestSummary objects
       * contained in responses from the listWorkRequests operation. This iterator will fetch more data from the
       * server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listWorkRequestsRecordIterator(request) {
        return oci_common_1.paginateRecords(request, (req) => this.listWorkRequests(req));
      }
      /**
       * Creates a new async iterator which will iterate over the responses received from the listWorkRequests operation. This iterator
       * will fetch more data from the server as needed.
       *
       * @param request a request which can be sent to the service operation
       */
      listWorkRequestsResponseIterator(request) {
        return oci_common_1.paginateResponses(request, (req) => this.listWorkRequests(req));
      }
      /**
       * Stops replication to the destination bucket and removes the replication policy. When the replication
       * policy was created, this destination bucket became read-only except for new and changed objects replicated
       * automatically from the source bucket. MakeBucketWritable removes the replication policy. This bucket is no
       * longer the target for replication and is now writable, allowing users to make changes to bucket contents.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param MakeBucketWritableRequest
       * @return MakeBucketWritableResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/MakeBucketWritable.ts.html |here} to see how to use MakeBucketWritable API.
       */
      makeBucketWritable(makeBucketWritableRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#makeBucketWritable.");
          const operationName = "makeBucketWritable";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Replication/MakeBucketWritable";
          const pathParams = {
            "{namespaceName}": makeBucketWritableRequest.namespaceName,
            "{bucketName}": makeBucketWritableRequest.bucketName
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": makeBucketWritableRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, makeBucketWritableRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/actions/makeBucketWritable",
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
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
           * Creates a new object or overwrites an existing object with the same name. The maximum object size allowed by
      * PutObject is 50 GiB.
      * <p>
      See [Object Names](https://docs.oracle.com/iaas/Content/Object/Tasks/managingobjects.htm#namerequirements)
      * for object naming requirements.
      * <p>
      See [Special Instructions for Object Storage PUT](https://docs.oracle.com/iaas/Content/API/Concepts/signingrequests.htm#ObjectStoragePut)
      * for request signature requirements.
      *
           * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
           * @param PutObjectRequest
           * @return PutObjectResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/PutObject.ts.html |here} to see how to use PutObject API.
           */
      putObject(putObjectRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#putObject.");
          const operationName = "putObject";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Object/PutObject";
          const pathParams = {
            "{namespaceName}": putObjectRequest.namespaceName,
            "{bucketName}": putObjectRequest.bucketName,
            "{objectName}": putObjectRequest.objectName
          };
          const queryParams = {};
          let headerParams = {
            "if-match": putObjectRequest.ifMatch,
            "if-none-match": putObjectRequest.ifNoneMatch,
            "opc-client-request-id": putObjectRequest.opcClientRequestId,
            "Expect": putObjectRequest.expect,
            "Content-Length": putObjectRequest.contentLength,
            "Content-MD5": putObjectRequest.contentMD5,
            "opc-checksum-algorithm": putObjectRequest.opcChecksumAlgorithm,
            "opc-content-crc32c": putObjectRequest.opcContentCrc32c,
            "opc-content-sha256": putObjectRequest.opcContentSha256,
            "opc-content-sha384": putObjectRequest.opcContentSha384,
            "Content-Type": putObjectRequest.contentType,
            "Content-Language": putObjectRequest.contentLanguage,
            "Content-Encoding": putObjectRequest.contentEncoding,
            "Content-Disposition": putObjectRequest.contentDisposition,
            "Cache-Control": putObjectRequest.cacheControl,
            "opc-sse-customer-algorithm": putObjectRequest.opcSseCustomerAlgorithm,
            "opc-sse-customer-key": putObjectRequest.opcSseCustomerKey,
            "opc-sse-customer-key-sha256": putObjectRequest.opcSseCustomerKeySha256,
            "opc-sse-kms-key-id": putObjectRequest.opcSseKmsKeyId,
            "storage-tier": putObjectRequest.storageTier
          };
          if (putObjectRequest.opcMeta) {
            Object.entries(putObjectRequest.opcMeta).forEach(([key, value]) => {
              Object.assign(headerParams, { ["opc-meta-" + key]: value });
            });
          }
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName", "objectName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, putObjectRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/o/{objectName}",
            method: "PUT",
            bodyContent: putObjectRequest.putObjectBody,
            pathParams,
            headerParams,
            backupBinaryBody: retrier.backUpBinaryBody,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink, true);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              responseHeaders: [
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-content-md5"),
                  key: "opcContentMd5",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-content-crc32c"),
                  key: "opcContentCrc32c",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-content-sha256"),
                  key: "opcContentSha256",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-content-sha384"),
                  key: "opcContentSha384",
                  dataType: "string"
                },
                {
                  value: response.headers.get("ETag"),
                  key: "eTag",
                  dataType: "string"
                },
                {
                  value: response.headers.get("last-modified"),
                  key: "lastModified",
                  dataType: "Date"
                },
                {
                  value: response.headers.get("version-id"),
                  key: "versionId",
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
       * Creates or replaces the object lifecycle policy for the bucket.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param PutObjectLifecyclePolicyRequest
       * @return PutObjectLifecyclePolicyResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/PutObjectLifecyclePolicy.ts.html |here} to see how to use PutObjectLifecyclePolicy API.
       */
      putObjectLifecyclePolicy(putObjectLifecyclePolicyRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#putObjectLifecyclePolicy.");
          const operationName = "putObjectLifecyclePolicy";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/ObjectLifecyclePolicy/PutObjectLifecyclePolicy";
          const pathParams = {
            "{namespaceName}": putObjectLifecyclePolicyRequest.namespaceName,
            "{bucketName}": putObjectLifecyclePolicyRequest.bucketName
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": putObjectLifecyclePolicyRequest.opcClientRequestId,
            "if-match": putObjectLifecyclePolicyRequest.ifMatch,
            "if-none-match": putObjectLifecyclePolicyRequest.ifNoneMatch
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, putObjectLifecyclePolicyRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/l",
            method: "PUT",
            bodyContent: common2.ObjectSerializer.serialize(putObjectLifecyclePolicyRequest.putObjectLifecyclePolicyDetails, "PutObjectLifecyclePolicyDetails", model.PutObjectLifecyclePolicyDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "objectLifecyclePolicy",
              bodyModel: model.ObjectLifecyclePolicy,
              type: "model.ObjectLifecyclePolicy",
              responseHeaders: [
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("ETag"),
                  key: "eTag",
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
           * Re-encrypts the unique data encryption key that encrypts each object written to the bucket by using the most recent
      * version of the master encryption key assigned to the bucket. (All data encryption keys are encrypted by a master
      * encryption key. Master encryption keys are assigned to buckets and managed by Oracle by default, but you can assign
      * a key that you created and control through the Oracle Cloud Infrastructure Key Management service.) The kmsKeyId property
      * of the bucket determines which master encryption key is assigned to the bucket. If you assigned a different Key Management
      * master encryption key to the bucket, you can call this API to re-encrypt all data encryption keys with the newly
      * assigned key. Similarly, you might want to re-encrypt all data encryption keys if the assigned key has been rotated to
      * a new key version since objects were last added to the bucket. If you call this API and there is no kmsKeyId associated
      * with the bucket, the call will fail.
      * Also, if you set isBucketKeyEnabled, you might want to re-encrypt all data encryption keys
      * using the bucket key. This will help reduce calls to OCI Vault KMS when older objects are downloaded.
      * <p>
      Calling this API starts a work request task to re-encrypt the data encryption key of all objects in the bucket. Only
      * objects created before the time of the API call will be re-encrypted. The call can take a long time, depending on how many
      * objects are in the bucket and how big they are. This API returns a work request ID that you can use to retrieve the status
      * of the work request task.
      * All the versions of objects will be re-encrypted whether versioning is enabled or suspended at the bucket.
      *
           * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
           * @param ReencryptBucketRequest
           * @return ReencryptBucketResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/ReencryptBucket.ts.html |here} to see how to use ReencryptBucket API.
           */
      reencryptBucket(reencryptBucketRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#reencryptBucket.");
          const operationName = "reencryptBucket";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Bucket/ReencryptBucket";
          const pathParams = {
            "{namespaceName}": reencryptBucketRequest.namespaceName,
            "{bucketName}": reencryptBucketRequest.bucketName
          };
          const queryParams = {
            "isReencryptBucketKeyOnly": reencryptBucketRequest.isReencryptBucketKeyOnly
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": reencryptBucketRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, reencryptBucketRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/actions/reencrypt",
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
                  value: response.headers.get("opc-work-request-id"),
                  key: "opcWorkRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
           * Re-encrypts the data encryption keys that encrypt the object and its chunks. By default, when you create a bucket, the Object Storage
      * service manages the master encryption key used to encrypt each object's data encryption keys. The encryption mechanism that you specify for
      * the bucket applies to the objects it contains.
      * <p>
      You can alternatively employ one of these encryption strategies for an object:
      * <p>
      - You can assign a key that you created and control through the Oracle Cloud Infrastructure Vault service.
      * <p>
      - You can encrypt an object using your own encryption key. The key you supply is known as a customer-provided encryption key (SSE-C).
      *
           * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
           * @param ReencryptObjectRequest
           * @return ReencryptObjectResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/ReencryptObject.ts.html |here} to see how to use ReencryptObject API.
           */
      reencryptObject(reencryptObjectRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#reencryptObject.");
          const operationName = "reencryptObject";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Object/ReencryptObject";
          const pathParams = {
            "{namespaceName}": reencryptObjectRequest.namespaceName,
            "{bucketName}": reencryptObjectRequest.bucketName,
            "{objectName}": reencryptObjectRequest.objectName
          };
          const queryParams = {
            "versionId": reencryptObjectRequest.versionId
          };
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": reencryptObjectRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName", "objectName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, reencryptObjectRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/actions/reencrypt/{objectName}",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(reencryptObjectRequest.reencryptObjectDetails, "ReencryptObjectDetails", model.ReencryptObjectDetails.getJsonObj),
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
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
           * Rename an object in the given Object Storage namespace.
      * <p>
      See [Object Names](https://docs.oracle.com/iaas/Content/Object/Tasks/managingobjects.htm#namerequirements)
      * for object naming requirements.
      *
           * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
           * @param RenameObjectRequest
           * @return RenameObjectResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/RenameObject.ts.html |here} to see how to use RenameObject API.
           */
      renameObject(renameObjectRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#renameObject.");
          const operationName = "renameObject";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Object/RenameObject";
          const pathParams = {
            "{namespaceName}": renameObjectRequest.namespaceName,
            "{bucketName}": renameObjectRequest.bucketName
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": renameObjectRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, renameObjectRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/actions/renameObject",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(renameObjectRequest.renameObjectDetails, "RenameObjectDetails", model.RenameObjectDetails.getJsonObj),
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
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("ETag"),
                  key: "eTag",
                  dataType: "string"
                },
                {
                  value: response.headers.get("last-modified"),
                  key: "lastModified",
                  dataType: "Date"
                },
                {
                  value: response.headers.get("version-id"),
                  key: "versionId",
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
       * Restores the object specified by the objectName parameter.
       * By default object will be restored for 24 hours. Duration can be configured using the hours parameter.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param RestoreObjectsRequest
       * @return RestoreObjectsResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/RestoreObjects.ts.html |here} to see how to use RestoreObjects API.
       */
      restoreObjects(restoreObjectsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#restoreObjects.");
          const operationName = "restoreObjects";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Object/RestoreObjects";
          const pathParams = {
            "{namespaceName}": restoreObjectsRequest.namespaceName,
            "{bucketName}": restoreObjectsRequest.bucketName
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": restoreObjectsRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, restoreObjectsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/actions/restoreObjects",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(restoreObjectsRequest.restoreObjectsDetails, "RestoreObjectsDetails", model.RestoreObjectsDetails.getJsonObj),
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
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
           * Performs a partial or full update of a bucket's user-defined metadata.
      * <p>
      Use UpdateBucket to move a bucket from one compartment to another within the same tenancy. Supply the compartmentID
      * of the compartment that you want to move the bucket to. For more information about moving resources between compartments,
      * see [Moving Resources to a Different Compartment](https://docs.oracle.com/iaas/Content/Identity/Tasks/managingcompartments.htm#moveRes).
      *
           * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
           * @param UpdateBucketRequest
           * @return UpdateBucketResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/UpdateBucket.ts.html |here} to see how to use UpdateBucket API.
           */
      updateBucket(updateBucketRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#updateBucket.");
          const operationName = "updateBucket";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Bucket/UpdateBucket";
          const pathParams = {
            "{namespaceName}": updateBucketRequest.namespaceName,
            "{bucketName}": updateBucketRequest.bucketName
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": updateBucketRequest.ifMatch,
            "opc-client-request-id": updateBucketRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, updateBucketRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(updateBucketRequest.updateBucketDetails, "UpdateBucketDetails", model.UpdateBucketDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "bucket",
              bodyModel: model.Bucket,
              type: "model.Bucket",
              responseHeaders: [
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("ETag"),
                  key: "eTag",
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
           * By default, buckets created using the Amazon S3 Compatibility API or the Swift API are created in the root
      * compartment of the Oracle Cloud Infrastructure tenancy.
      * <p>
      You can change the default Swift/Amazon S3 compartmentId designation to a different compartmentId. All
      * subsequent bucket creations will use the new default compartment, but no previously created
      * buckets will be modified. A user must have OBJECTSTORAGE_NAMESPACE_UPDATE permission to make changes to the default
      * compartments for Amazon S3 and Swift.
      *
           * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
           * @param UpdateNamespaceMetadataRequest
           * @return UpdateNamespaceMetadataResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/UpdateNamespaceMetadata.ts.html |here} to see how to use UpdateNamespaceMetadata API.
           */
      updateNamespaceMetadata(updateNamespaceMetadataRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#updateNamespaceMetadata.");
          const operationName = "updateNamespaceMetadata";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Namespace/UpdateNamespaceMetadata";
          const pathParams = {
            "{namespaceName}": updateNamespaceMetadataRequest.namespaceName
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": updateNamespaceMetadataRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, updateNamespaceMetadataRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}",
            method: "PUT",
            bodyContent: common2.ObjectSerializer.serialize(updateNamespaceMetadataRequest.updateNamespaceMetadataDetails, "UpdateNamespaceMetadataDetails", model.UpdateNamespaceMetadataDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "namespaceMetadata",
              bodyModel: model.NamespaceMetadata,
              type: "model.NamespaceMetadata",
              responseHeaders: [
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
       * Changes the storage tier of the object specified by the objectName parameter.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param UpdateObjectStorageTierRequest
       * @return UpdateObjectStorageTierResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/UpdateObjectStorageTier.ts.html |here} to see how to use UpdateObjectStorageTier API.
       */
      updateObjectStorageTier(updateObjectStorageTierRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#updateObjectStorageTier.");
          const operationName = "updateObjectStorageTier";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/Object/UpdateObjectStorageTier";
          const pathParams = {
            "{namespaceName}": updateObjectStorageTierRequest.namespaceName,
            "{bucketName}": updateObjectStorageTierRequest.bucketName
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": updateObjectStorageTierRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, updateObjectStorageTierRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/actions/updateObjectStorageTier",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(updateObjectStorageTierRequest.updateObjectStorageTierDetails, "UpdateObjectStorageTierDetails", model.UpdateObjectStorageTierDetails.getJsonObj),
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
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
           * Performs a partial or full update of a user-defined data associated with the Private Endpoint.
      * <p>
      Use UpdatePrivateEndpoint to move a Private Endpoint from one compartment to another within the same tenancy. Supply the compartmentID
      * of the compartment that you want to move the Private Endpoint to. Or use it to update the name, subnetId, endpointFqdn or privateEndpointIp or accessTargets of the Private Endpoint.
      * For more information about moving resources between compartments, see [Moving Resources to a Different Compartment](https://docs.oracle.com/iaas/Content/Identity/Tasks/managingcompartments.htm#moveRes).
      * <p>
      This API follows replace semantics (rather than merge semantics). That means if the body provides values for
      * parameters and the resource has exisiting ones, this operation will replace those existing values.
      *
           * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
           * @param UpdatePrivateEndpointRequest
           * @return UpdatePrivateEndpointResponse
           * @throws OciError when an error occurs
           * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/UpdatePrivateEndpoint.ts.html |here} to see how to use UpdatePrivateEndpoint API.
           */
      updatePrivateEndpoint(updatePrivateEndpointRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#updatePrivateEndpoint.");
          const operationName = "updatePrivateEndpoint";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/PrivateEndpoint/UpdatePrivateEndpoint";
          const pathParams = {
            "{namespaceName}": updatePrivateEndpointRequest.namespaceName,
            "{peName}": updatePrivateEndpointRequest.peName
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "opc-client-request-id": updatePrivateEndpointRequest.opcClientRequestId,
            "if-match": updatePrivateEndpointRequest.ifMatch
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "peName"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, updatePrivateEndpointRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/pe/{peName}",
            method: "POST",
            bodyContent: common2.ObjectSerializer.serialize(updatePrivateEndpointRequest.updatePrivateEndpointDetails, "UpdatePrivateEndpointDetails", model.UpdatePrivateEndpointDetails.getJsonObj),
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
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
       * Updates the specified retention rule. Rule changes take effect typically within 30 seconds.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param UpdateRetentionRuleRequest
       * @return UpdateRetentionRuleResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/UpdateRetentionRule.ts.html |here} to see how to use UpdateRetentionRule API.
       */
      updateRetentionRule(updateRetentionRuleRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#updateRetentionRule.");
          const operationName = "updateRetentionRule";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/RetentionRule/UpdateRetentionRule";
          const pathParams = {
            "{namespaceName}": updateRetentionRuleRequest.namespaceName,
            "{bucketName}": updateRetentionRuleRequest.bucketName,
            "{retentionRuleId}": updateRetentionRuleRequest.retentionRuleId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common2.Constants.APPLICATION_JSON,
            "if-match": updateRetentionRuleRequest.ifMatch,
            "opc-client-request-id": updateRetentionRuleRequest.opcClientRequestId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set(["namespaceName", "bucketName", "retentionRuleId"]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, updateRetentionRuleRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/retentionRules/{retentionRuleId}",
            method: "PUT",
            bodyContent: common2.ObjectSerializer.serialize(updateRetentionRuleRequest.updateRetentionRuleDetails, "UpdateRetentionRuleDetails", model.UpdateRetentionRuleDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "retentionRule",
              bodyModel: model.RetentionRule,
              type: "model.RetentionRule",
              responseHeaders: [
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
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
       * Uploads a single part of a multipart upload.
       *
       * This operation uses {@link common.OciSdkDefaultRetryConfiguration} by default if no retry configuration is defined by the user.
       * @param UploadPartRequest
       * @return UploadPartResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/objectstorage/UploadPart.ts.html |here} to see how to use UploadPart API.
       */
      uploadPart(uploadPartRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation ObjectStorageClient#uploadPart.");
          const operationName = "uploadPart";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/MultipartUpload/UploadPart";
          const pathParams = {
            "{namespaceName}": uploadPartRequest.namespaceName,
            "{bucketName}": uploadPartRequest.bucketName,
            "{objectName}": uploadPartRequest.objectName
          };
          const queryParams = {
            "uploadId": uploadPartRequest.uploadId,
            "uploadPartNum": uploadPartRequest.uploadPartNum
          };
          let headerParams = {
            "opc-client-request-id": uploadPartRequest.opcClientRequestId,
            "if-match": uploadPartRequest.ifMatch,
            "if-none-match": uploadPartRequest.ifNoneMatch,
            "Expect": uploadPartRequest.expect,
            "Content-Length": uploadPartRequest.contentLength,
            "Content-MD5": uploadPartRequest.contentMD5,
            "opc-checksum-algorithm": uploadPartRequest.opcChecksumAlgorithm,
            "opc-content-crc32c": uploadPartRequest.opcContentCrc32c,
            "opc-content-sha256": uploadPartRequest.opcContentSha256,
            "opc-content-sha384": uploadPartRequest.opcContentSha384,
            "opc-sse-customer-algorithm": uploadPartRequest.opcSseCustomerAlgorithm,
            "opc-sse-customer-key": uploadPartRequest.opcSseCustomerKey,
            "opc-sse-customer-key-sha256": uploadPartRequest.opcSseCustomerKeySha256,
            "opc-sse-kms-key-id": uploadPartRequest.opcSseKmsKeyId
          };
          let endpoint = common2.EndpointBuilder.updateEndpointTemplateForOptions(this.endpoint, this._enableDualstackEndpoint, this._serviceUsesDualStackByDefault);
          const requiredParams = /* @__PURE__ */ new Set([
            "namespaceName",
            "bucketName",
            "objectName",
            "uploadId",
            "uploadPartNum"
          ]);
          endpoint = common2.EndpointBuilder.populateServiceParamsInEndpoint(endpoint, pathParams, queryParams, requiredParams);
          const specRetryConfiguration = common2.OciSdkDefaultRetryConfiguration;
          const retrier = oci_common_2.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, uploadPartRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_2.composeRequest({
            baseEndpoint: endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/n/{namespaceName}/b/{bucketName}/u/{objectName}",
            method: "PUT",
            bodyContent: uploadPartRequest.uploadPartBody,
            pathParams,
            headerParams,
            backupBinaryBody: retrier.backUpBinaryBody,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink, true);
            const sdkResponse = oci_common_2.composeResponse({
              responseObject: {},
              responseHeaders: [
                {
                  value: response.headers.get("opc-client-request-id"),
                  key: "opcClientRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-request-id"),
                  key: "opcRequestId",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-content-md5"),
                  key: "opcContentMd5",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-content-crc32c"),
                  key: "opcContentCrc32c",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-content-sha256"),
                  key: "opcContentSha256",
                  dataType: "string"
                },
                {
                  value: response.headers.get("opc-content-sha384"),
                  key: "opcContentSha384",
                  dataType: "string"
                },
                {
                  value: response.headers.get("ETag"),
                  key: "eTag",
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
    exports.ObjectStorageClient = ObjectStorageClient3;
    ObjectStorageClient3.serviceEndpointTemplate = "https://objectstorage.{region}.{dualStack?ds.oci.:}{secondLevelDomain}";
    ObjectStorageClient3.endpointServiceName = "objectstorage";
    ObjectStorageClient3.serviceEndpointTemplatePerRealm = {
      "oc1": "https://{namespaceName+Dot}objectstorage.{region}.{dualStack?ds.:}oci.customer-oci.com"
    };
  }
});

// node_modules/oci-objectstorage/package.json
var require_package = __commonJS({
  "node_modules/oci-objectstorage/package.json"(exports, module) {
    module.exports = {
      name: "oci-objectstorage",
      version: "2.139.1",
      description: "OCI NodeJS client for ObjectStorage",
      repository: {
        type: "git",
        url: "https://github.com/oracle/oci-typescript-sdk"
      },
      main: "./index.js",
      typings: "./index",
      scripts: {},
      author: {
        name: "Oracle Cloud Infrastructure",
        email: ""
      },
      license: "(UPL-1.0 OR Apache-2.0)",
      dependencies: {
        "oci-common": "2.139.1",
        "await-semaphore": "^0.1.3",
        opossum: "5.0.1"
      },
      publishConfig: {
        registry: "https://registry.npmjs.org"
      },
      contributors: [
        "Yash Chandra <yash.chandra@oracle.com>",
        "Nivedita Parihar <nivedita.parihar@oracle.com>",
        "Joshua Ramirez <joshua.r.ramirez@oracle.com>",
        "Kalpana Ramasamy <kalpana.ramasamy@oracle.com>"
      ]
    };
  }
});

// node_modules/await-semaphore/index.js
var require_await_semaphore = __commonJS({
  "node_modules/await-semaphore/index.js"(exports) {
    "use strict";
    var Semaphore = class {
      constructor(count) {
        this.tasks = [];
        this.count = count;
      }
      sched() {
        if (this.count > 0 && this.tasks.length > 0) {
          this.count--;
          let next = this.tasks.shift();
          if (next === void 0) {
            throw "Unexpected undefined value in tasks list";
          }
          next();
        }
      }
      acquire() {
        return new Promise((res, rej) => {
          var task = () => {
            var released = false;
            res(() => {
              if (!released) {
                released = true;
                this.count++;
                this.sched();
              }
            });
          };
          this.tasks.push(task);
          if (process && process.nextTick) {
            process.nextTick(this.sched.bind(this));
          } else {
            setImmediate(this.sched.bind(this));
          }
        });
      }
      use(f) {
        return this.acquire().then((release) => {
          return f().then((res) => {
            release();
            return res;
          }).catch((err) => {
            release();
            throw err;
          });
        });
      }
    };
    exports.Semaphore = Semaphore;
    var Mutex = class extends Semaphore {
      constructor() {
        super(1);
      }
    };
    exports.Mutex = Mutex;
  }
});

// node_modules/oci-objectstorage/lib/upload-manager/browser-blob.js
var require_browser_blob = __commonJS({
  "node_modules/oci-objectstorage/lib/upload-manager/browser-blob.js"(exports) {
    "use strict";
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
    exports.BrowserBlob = void 0;
    var crypto_1 = __require("crypto");
    var BrowserBlob = class _BrowserBlob {
      constructor(blob, chunkSize) {
        this.size = blob.size;
        this.blob = blob;
        this.chunkSize = chunkSize;
        this.type = blob.type;
      }
      /*
       * @Summary Get Data for the given BrowserBlob
       * returns UploadableBlob object
       */
      getData() {
        return __awaiter(this, void 0, void 0, function* () {
          return new Promise((resolve) => {
            resolve(this.blob);
          });
        });
      }
      /*
       * @Summary Get text for the given BrowserBlob
       * returns string object
       */
      text() {
        return __awaiter(this, void 0, void 0, function* () {
          return this.blob.text();
        });
      }
      /*
       * @Summary Get array buffer for the given BrowserBlob
       * returns ArrayBuffer object
       */
      arrayBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
          return this.blob.arrayBuffer();
        });
      }
      /*
       * @Summary Get stream for the given BrowserBlob
       * returns Readable object
       */
      stream() {
        return this.blob.stream();
      }
      /*
       * Get MD5 hash of the BrowserBlob
       * @return Md5 hash string
       */
      getMD5Hash() {
        return __awaiter(this, void 0, void 0, function* () {
          return new Promise((resolve) => {
            const blobSize = this.size - 1;
            const chunkSize = this.chunkSize;
            const md5 = crypto_1.createHash("md5");
            const fileReader = new FileReader();
            var updateMD5 = function() {
              md5.update(fileReader.result);
            };
            for (var startPos = 0; startPos < blobSize; startPos += chunkSize) {
              ((blb, start) => {
                const browserBlob = blb.slice(start, chunkSize + start);
                fileReader.onload = updateMD5;
                fileReader.readAsBinaryString(browserBlob.blob);
              })(this, startPos);
            }
            resolve(md5.digest("base64"));
          });
        });
      }
      /*
       * Slice BrowserBlob in to smaller chunk
       * @param start start byte of BrowserBlob
       * @param end end byte of BrowserBlob
       * @param cntentType contentType of BrowserBlob
       * @returns BrowserBlob Chunk
       */
      slice(start, end, contentType) {
        return new _BrowserBlob(this.blob.slice(start, end, contentType), this.chunkSize);
      }
    };
    exports.BrowserBlob = BrowserBlob;
  }
});

// node_modules/oci-objectstorage/lib/upload-manager/node-fs-blob.js
var require_node_fs_blob = __commonJS({
  "node_modules/oci-objectstorage/lib/upload-manager/node-fs-blob.js"(exports) {
    "use strict";
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
    exports.NodeFSBlob = void 0;
    var fs_1 = __require("fs");
    var crypto_1 = __require("crypto");
    var NodeFSBlob = class _NodeFSBlob {
      constructor(filePath, highWaterMark, start, end, fileSize) {
        this.filePath = filePath;
        this.highWaterMark = highWaterMark;
        this.type = "";
        this.fileSize = fileSize || fs_1.statSync(this.filePath).size;
        this.start = start || 0;
        this.end = end || this.fileSize;
        if (this.end > this.fileSize) {
          this.end = this.fileSize;
        }
        this.size = this.end - this.start;
      }
      /*
       * @Summary Get Data for the given NodeFSBlob
       * returns stream.Readable object
       */
      getData() {
        return __awaiter(this, void 0, void 0, function* () {
          const end = this.fileSize === 0 ? this.end : this.end - 1;
          return fs_1.createReadStream(this.filePath, {
            start: this.start,
            // As per https://nodejs.org/api/fs.html#fs_fs_createreadstream_path_options, end is inclusive.
            // However, as per https://developer.mozilla.org/en-US/docs/Web/API/Blob/slice, end is non-inclusive.
            // Read till end - 1 to match Blob's behavior
            // Note: if this.end = 0, and end: -1, we will have an issue giving The value of "end" is out of range. It must be >= 0 and <= 2 ** 53 - 1. Received -1
            end,
            highWaterMark: this.highWaterMark
          });
        });
      }
      /*
       * Slice NodeFSBlob in to smaller chunk
       * @param start start byte of NodeFSBlob
       * @param end end byte of NodeFSBlob
       * @param cntentType contentType of NodeFSBlob
       * @returns NodeFSBlob Chunk
       */
      slice(start, end, contentType) {
        return new _NodeFSBlob(this.filePath, this.highWaterMark, start, end, this.fileSize);
      }
      /*
       * Get MD5 hash of the NodeFSBlob
       * @return Md5 hash string
       */
      getMD5Hash() {
        return __awaiter(this, void 0, void 0, function* () {
          return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
            const md5Hash = crypto_1.createHash("md5");
            const dataStream = yield this.getData();
            dataStream.on("data", (data) => md5Hash.update(data)).on("end", () => resolve(md5Hash.digest("base64")));
          }));
        });
      }
      /*
       * @Summary Get text for the given NodeFsBlob
       * returns ArrayBuffer object
       */
      arrayBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
          return new Promise((resolve) => {
            resolve(fs_1.readFileSync(this.filePath));
          });
        });
      }
      /*
       * @Summary Get text for the given NodeFsBlob
       * returns string object
       */
      text() {
        return __awaiter(this, void 0, void 0, function* () {
          const data = yield this.getData();
          return this.streamToString(data);
        });
      }
      streamToString(stream) {
        return __awaiter(this, void 0, void 0, function* () {
          const chunks = [];
          return new Promise((resolve, reject) => {
            stream.on("data", (chunk) => chunks.push(chunk));
            stream.on("error", reject);
            stream.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
          });
        });
      }
      /*
       * @Summary Get stream for the given NodeFsBlob
       * returns ReadableStream object
       */
      stream() {
        throw "ReadableStream not supported in NodeJs. Use getData() to fetch Stream";
      }
    };
    exports.NodeFSBlob = NodeFSBlob;
  }
});

// node_modules/oci-objectstorage/lib/upload-manager/stream-blob.js
var require_stream_blob = __commonJS({
  "node_modules/oci-objectstorage/lib/upload-manager/stream-blob.js"(exports) {
    "use strict";
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
    exports.StreamBlob = void 0;
    var oci_common_1 = require_oci_common();
    var StreamBlob = class {
      constructor(stream, partSize) {
        this.partSize = partSize;
        this.streamBody = stream;
        this.size = oci_common_1.byteLength(stream);
      }
      /*
       * @Summary Get Data for the given Stream Body
       * returns
       */
      getData() {
        return __awaiter(this, void 0, void 0, function* () {
          return this.streamBody;
        });
      }
      /*
       * Get MD5 hash of the NodeFSBlob (NOT USED)
       * @return Md5 hash string
       */
      getMD5Hash() {
        return __awaiter(this, void 0, void 0, function* () {
          return "";
        });
      }
    };
    exports.StreamBlob = StreamBlob;
  }
});

// node_modules/oci-objectstorage/lib/upload-manager/blob-factory.js
var require_blob_factory = __commonJS({
  "node_modules/oci-objectstorage/lib/upload-manager/blob-factory.js"(exports) {
    "use strict";
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
    exports.getContent = void 0;
    var browser_blob_1 = require_browser_blob();
    var node_fs_blob_1 = require_node_fs_blob();
    var stream_blob_1 = require_stream_blob();
    function getContent(content, options) {
      return __awaiter(this, void 0, void 0, function* () {
        const chunkSize = options.allowedMemoryUsage / options.maxConcurrentUploads;
        if (content.blob)
          return new browser_blob_1.BrowserBlob(content.blob, chunkSize);
        else if (content.filePath)
          return new node_fs_blob_1.NodeFSBlob(content.filePath, chunkSize);
        else if (content.stream)
          return new stream_blob_1.StreamBlob(content.stream, chunkSize);
        else
          throw Error("Unidentified Blob type Found");
      });
    }
    exports.getContent = getContent;
  }
});

// node_modules/oci-objectstorage/lib/upload-manager/upload-manager.js
var require_upload_manager = __commonJS({
  "node_modules/oci-objectstorage/lib/upload-manager/upload-manager.js"(exports) {
    "use strict";
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
    var __asyncValues = exports && exports.__asyncValues || function(o) {
      if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
      var m = o[Symbol.asyncIterator], i;
      return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function() {
        return this;
      }, i);
      function verb(n) {
        i[n] = o[n] && function(v) {
          return new Promise(function(resolve, reject) {
            v = o[n](v), settle(resolve, reject, v.done, v.value);
          });
        };
      }
      function settle(resolve, reject, d, v) {
        Promise.resolve(v).then(function(v2) {
          resolve({ value: v2, done: d });
        }, reject);
      }
    };
    var __await = exports && exports.__await || function(v) {
      return this instanceof __await ? (this.v = v, this) : new __await(v);
    };
    var __asyncGenerator = exports && exports.__asyncGenerator || function(thisArg, _arguments, generator) {
      if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
      var g = generator.apply(thisArg, _arguments || []), i, q = [];
      return i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function() {
        return this;
      }, i;
      function verb(n) {
        if (g[n]) i[n] = function(v) {
          return new Promise(function(a, b) {
            q.push([n, v, a, b]) > 1 || resume(n, v);
          });
        };
      }
      function resume(n, v) {
        try {
          step(g[n](v));
        } catch (e) {
          settle(q[0][3], e);
        }
      }
      function step(r) {
        r.value instanceof __await ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r);
      }
      function fulfill(value) {
        resume("next", value);
      }
      function reject(value) {
        resume("throw", value);
      }
      function settle(f, v) {
        if (f(v), q.shift(), q.length) resume(q[0][0], q[0][1]);
      }
    };
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.UploadManager = void 0;
    var index_1 = require_oci_objectstorage();
    var package_json_1 = require_package();
    var os_1 = __importDefault(__require("os"));
    var oci_common_1 = require_oci_common();
    var await_semaphore_1 = require_await_semaphore();
    var blob_factory_1 = require_blob_factory();
    var node_fs_blob_1 = require_node_fs_blob();
    var CLIENT_VERSION = `Oracle-TypeScriptSDK/${package_json_1.version}`;
    var OS_VERSION = `${os_1.default.type()} ${os_1.default.release()} ${os_1.default.platform()}`;
    var UPLOAD_MANAGER_DEBUG_INFORMATION_LOG = `Client Version: ${CLIENT_VERSION}, OS Version: ${OS_VERSION}, See https://docs.oracle.com/iaas/Content/API/Concepts/sdk_troubleshooting.htm for common issues and steps to resolve them. If you need to contact support, or file a GitHub issue, please include this full error message.`;
    var UploadManager = class _UploadManager {
      constructor(client, options) {
        this.client = client;
        this.uploadSize = {};
        this.MAX_PARTS = 1e4;
        this.MAX_READ_SIZE = Number.MAX_SAFE_INTEGER;
        this.numberOfRetries = {};
        this.uploadRetryConfiguration = { retryConfiguration: oci_common_1.NoRetryConfigurationDetails };
        this.numberOfSingleUploadRetry = 0;
        this.options = Object.assign(Object.assign({}, _UploadManager.defaultUploadOptions), options);
      }
      get logger() {
        return oci_common_1.LOG.logger;
      }
      shouldUseMultipartUpload(content, singleUpload) {
        if (singleUpload || content.size == 0) {
          return false;
        }
        if (!content.size) {
          return true;
        }
        return content.size > this.options.partSize;
      }
      /**
       * Initiates a new upload request.  The upload manager will decide whether to use
       * a single PutObject call or multi-part uploads depending on the UploadOptions
       * specified.
       * <p>
       * Note, if a multi-part upload attempt fails, the UploadManager will attempt to
       * abort the upload to avoid leaving partially complete uploads and parts
       * (unless explicitly disabled via uploadOptions).
       *
       * @param request The upload request.
       * @return The UploadResponse.
       * @throws OciError if the upload fails for any reason.
       */
      upload(request, callback) {
        return __awaiter(this, void 0, void 0, function* () {
          const content = yield blob_factory_1.getContent(request.content, this.options);
          if (this.shouldUseMultipartUpload(content, request.singleUpload)) {
            return this.multiUpload(request.requestDetails, content, callback);
          } else {
            let body = yield content.getData();
            const dataFeeder = oci_common_1.getChunk(body, this.MAX_READ_SIZE);
            const dataPart = (yield dataFeeder.next()).value;
            return this.singleUpload(request.requestDetails, dataPart);
          }
        });
      }
      singleUpload(requestDetails, content) {
        return __awaiter(this, void 0, void 0, function* () {
          const contentDetails = {
            putObjectBody: content.data,
            contentLength: content.size
          };
          const contentMD5Hash = this.options.enforceMD5 ? { contentMD5: content.md5Hash } : {};
          if (this.logger)
            this.logger.debug("uploading using single upload");
          try {
            const response = yield this.client.putObject(Object.assign(Object.assign(Object.assign(Object.assign({}, requestDetails), contentDetails), contentMD5Hash), this.uploadRetryConfiguration));
            this.numberOfSingleUploadRetry = 0;
            return {
              eTag: response.eTag,
              contentMd5: response.opcContentMd5,
              opcRequestId: response.opcRequestId,
              opcClientRequestId: response.opcClientRequestId
            };
          } catch (e) {
            if (this.numberOfSingleUploadRetry < 3) {
              if (this.logger)
                this.logger.error(`putObject failed, will retry. Last known error: ${e}`);
              this.numberOfSingleUploadRetry += 1;
              return yield this.singleUpload(requestDetails, content);
            } else {
              if (this.logger)
                this.logger.error(`putObject failed to retry ${this.numberOfSingleUploadRetry} times. Error: ${e}`);
              const error = {
                message: `putObject failed to retry ${this.numberOfSingleUploadRetry} times. Error: ${e}`,
                troubleShootingInfo: UPLOAD_MANAGER_DEBUG_INFORMATION_LOG
              };
              throw error;
            }
          }
        });
      }
      triggerUploadPart(content, requestDetails, uploadId, uploadPartNum, semaphore, totalSize, callback) {
        return __awaiter(this, void 0, void 0, function* () {
          try {
            return yield semaphore.use(() => __awaiter(this, void 0, void 0, function* () {
              let contentDetails = {};
              let contentMD5Hash = {};
              if (content instanceof node_fs_blob_1.NodeFSBlob) {
                contentDetails = {
                  uploadPartBody: yield content.getData(),
                  contentLength: content.size
                };
                contentMD5Hash = this.options.enforceMD5 ? { contentMD5: yield content.getMD5Hash() } : {};
              } else if ("data" in content) {
                contentDetails = {
                  uploadPartBody: content.data,
                  contentLength: content.size
                };
                contentMD5Hash = this.options.enforceMD5 ? { contentMD5: content.md5Hash } : {};
              }
              const uploadPartDetails = {
                uploadId,
                uploadPartNum
              };
              let response = yield this.client.uploadPart(Object.assign(Object.assign(Object.assign(Object.assign(Object.assign({}, requestDetails), uploadPartDetails), contentDetails), contentMD5Hash), this.uploadRetryConfiguration));
              const uploadSize = this.uploadSize[uploadId] += content.size;
              const progress = uploadSize / totalSize * 100;
              const result = {
                etag: response.eTag,
                partNum: uploadPartNum,
                progress: progress.toFixed()
              };
              if (callback) {
                callback(result);
              }
              return result;
            }));
          } catch (ex) {
            this.numberOfRetries[uploadId] = this.numberOfRetries[uploadId] ? this.numberOfRetries[uploadId] += 1 : 1;
            if (this.numberOfRetries[uploadId] < 4) {
              if (this.logger)
                this.logger.error(`Upload part failed, will retry. Last known error: ${ex}`);
              return yield this.triggerUploadPart(content, requestDetails, uploadId, uploadPartNum, semaphore, totalSize, callback);
            } else {
              const error = {
                message: `Upload part retried ${this.numberOfRetries[uploadId]} times and failed. Upload of part: ${uploadPartNum} failed due to ${ex}`,
                troubleShootingInfo: UPLOAD_MANAGER_DEBUG_INFORMATION_LOG
              };
              throw error;
            }
          }
        });
      }
      pushUploadParts(totalSize, requestDetails, uploadId, content, callback) {
        var e_1, _a;
        return __awaiter(this, void 0, void 0, function* () {
          let uploadPartNum = 1;
          const semaphore = new await_semaphore_1.Semaphore(this.options.maxConcurrentUploads);
          const partUploadPromises = [];
          let dataFeeder;
          if (this.options.disableBufferingForFiles && content instanceof node_fs_blob_1.NodeFSBlob) {
            dataFeeder = getFileChunk(content, this.options.partSize);
          } else {
            let body = yield content.getData();
            dataFeeder = oci_common_1.getChunk(body, this.options.partSize);
          }
          try {
            for (var dataFeeder_1 = __asyncValues(dataFeeder), dataFeeder_1_1; dataFeeder_1_1 = yield dataFeeder_1.next(), !dataFeeder_1_1.done; ) {
              const dataPart = dataFeeder_1_1.value;
              if (partUploadPromises.length > this.MAX_PARTS) {
                throw new Error(`Exceeded ${this.MAX_PARTS} as part of the upload to ${requestDetails.bucketName}. ${UPLOAD_MANAGER_DEBUG_INFORMATION_LOG}`);
              }
              if (dataPart.size === 0) {
                continue;
              }
              partUploadPromises.push(this.triggerUploadPart(dataPart, requestDetails, uploadId, uploadPartNum, semaphore, totalSize, callback));
              uploadPartNum++;
            }
          } catch (e_1_1) {
            e_1 = { error: e_1_1 };
          } finally {
            try {
              if (dataFeeder_1_1 && !dataFeeder_1_1.done && (_a = dataFeeder_1.return)) yield _a.call(dataFeeder_1);
            } finally {
              if (e_1) throw e_1.error;
            }
          }
          return partUploadPromises;
        });
      }
      multiUpload(requestDetails, content, callback) {
        return __awaiter(this, void 0, void 0, function* () {
          const timestamp = Date.now().toString();
          let opcMeta = {};
          if (requestDetails.opcMeta) {
            Object.entries(requestDetails.opcMeta).forEach(([key, value]) => {
              Object.assign(opcMeta, { ["opc-meta-" + key]: value });
            });
          }
          const createUploadResponse = yield this.client.createMultipartUpload(Object.assign(Object.assign({}, _UploadManager.composeRequestDetails(requestDetails)), { createMultipartUploadDetails: {
            object: requestDetails.objectName,
            storageTier: requestDetails.storageTier ? requestDetails.storageTier : index_1.models.StorageTier.Standard,
            metadata: requestDetails.opcMeta ? opcMeta : void 0,
            cacheControl: requestDetails.cacheControl,
            contentType: requestDetails.contentType,
            contentLanguage: requestDetails.contentLanguage,
            contentEncoding: requestDetails.contentEncoding,
            contentDisposition: requestDetails.contentDisposition
          } }));
          const uploadId = createUploadResponse.multipartUpload.uploadId;
          this.uploadSize[uploadId] = 0;
          try {
            const totalSize = content.size;
            const partUploadPromises = yield this.pushUploadParts(totalSize, requestDetails, uploadId, content, callback);
            const uploadPartDetails = yield Promise.all(partUploadPromises);
            const response = yield this.client.commitMultipartUpload(Object.assign(Object.assign({}, _UploadManager.composeRequestDetails(requestDetails)), { commitMultipartUploadDetails: {
              partsToCommit: uploadPartDetails
            }, uploadId }));
            return {
              eTag: response.eTag,
              multipartMd5: response.opcMultipartMd5,
              opcRequestId: response.opcRequestId,
              opcClientRequestId: response.opcClientRequestId
            };
          } catch (ex) {
            if (this.options.isDisableAutoAbort) {
              if (this.logger)
                this.logger.info(`Not aborting failed multipart upload as per configuration, client must manually abort it`);
            } else {
              if (this.logger)
                this.logger.error(`Aborting multi-part upload ${uploadId}`);
              yield this.client.abortMultipartUpload(Object.assign(Object.assign({}, _UploadManager.composeRequestDetails(requestDetails)), { uploadId }));
              if (this.logger)
                this.logger.error(`Abort complete`);
            }
            if (ex instanceof oci_common_1.OciError)
              throw ex;
            const error = {
              message: `Failed to upload due to ${ex}`,
              troubleShootingInfo: UPLOAD_MANAGER_DEBUG_INFORMATION_LOG
            };
            throw error;
          }
        });
      }
      static composeRequestDetails(requestDetails) {
        return {
          namespaceName: requestDetails.namespaceName,
          bucketName: requestDetails.bucketName,
          objectName: requestDetails.objectName,
          opcClientRequestId: requestDetails.opcClientRequestId
        };
      }
    };
    exports.UploadManager = UploadManager;
    UploadManager.defaultUploadOptions = {
      partSize: 20 * 1024 * 1024,
      maxConcurrentUploads: 5,
      allowedMemoryUsage: 5 * 20 * 1024 * 1024,
      enforceMD5: false,
      isDisableAutoAbort: false,
      disableBufferingForFiles: true
    };
    function getFileChunk(content, partSize) {
      return FileChunk(content, partSize);
    }
    function FileChunk(content, partSize) {
      return __asyncGenerator(this, arguments, function* FileChunk_1() {
        let totalSize = content.size;
        for (let currentChunkStart = 0; currentChunkStart < totalSize; currentChunkStart += partSize) {
          yield yield __await(content.slice(currentChunkStart, currentChunkStart + partSize));
        }
      });
    }
  }
});

// node_modules/oci-objectstorage/index.js
var require_oci_objectstorage = __commonJS({
  "node_modules/oci-objectstorage/index.js"(exports) {
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
    exports.NodeFSBlob = exports.UploadManager = exports.ObjectStorageWaiter = exports.ObjectStorageClient = exports.responses = exports.requests = exports.models = void 0;
    var requests = __importStar(require_request());
    exports.requests = requests;
    var models = __importStar(require_model());
    exports.models = models;
    var responses = __importStar(require_response());
    exports.responses = responses;
    var client = __importStar(require_client());
    var objectstorage_waiter = __importStar(require_objectstorage_waiter());
    exports.ObjectStorageClient = client.ObjectStorageClient;
    exports.ObjectStorageWaiter = objectstorage_waiter.ObjectStorageWaiter;
    var upload_manager_1 = require_upload_manager();
    Object.defineProperty(exports, "UploadManager", { enumerable: true, get: function() {
      return upload_manager_1.UploadManager;
    } });
    var node_fs_blob_1 = require_node_fs_blob();
    Object.defineProperty(exports, "NodeFSBlob", { enumerable: true, get: function() {
      return node_fs_blob_1.NodeFSBlob;
    } });
  }
});

// src/oci/control-plane.ts
var common = __toESM(require_oci_common(), 1);
var import_oci_artifacts = __toESM(require_oci_artifacts(), 1);
var import_oci_containerregistry = __toESM(require_oci_containerregistry(), 1);
var import_oci_identity2 = __toESM(require_oci_identity(), 1);
var import_oci_objectstorage2 = __toESM(require_oci_objectstorage(), 1);

// src/oci/tenancy.ts
var import_oci_identity = __toESM(require_oci_identity(), 1);
var import_oci_objectstorage = __toESM(require_oci_objectstorage(), 1);
async function tenancyNamespace(oci) {
  const objectStorage = oci.service(import_oci_objectstorage.ObjectStorageClient);
  return (await oci.call(() => objectStorage.getNamespace({}))).value;
}
async function userName(oci) {
  const identity = oci.service(import_oci_identity.IdentityClient);
  return (await oci.call(() => identity.getUser({ userId: oci.userId }))).user.name;
}

// src/oci/control-plane.ts
var RETRY_POLICY = BRIEF_RETRY;
function connectControlPlane(options) {
  const oci = connectOci({ ...options, retry: BRIEF_RETRY });
  return {
    tenancy: oci.tenancy,
    endpoints: {
      objectStorage: common.EndpointBuilder.updateEndpointTemplateForOptions(
        oci.service(import_oci_objectstorage2.ObjectStorageClient).endpoint,
        void 0,
        false
      ),
      identity: oci.service(import_oci_identity2.IdentityClient).endpoint,
      artifacts: oci.service(import_oci_artifacts.ArtifactsClient).endpoint,
      containerRegistry: oci.service(import_oci_containerregistry.ContainerRegistryClient).endpoint
    },
    namespace: () => tenancyNamespace(oci),
    userName: () => userName(oci),
    registryToken: () => registryToken(oci),
    registryTokenGrant: () => registryTokenGrant(oci),
    findRepository: (name) => findRepository(oci, name),
    ensureRepository: (spec) => ensureRepository(oci, spec),
    tagDigests: (repositoryId, tags) => tagDigests(oci, repositoryId, tags)
  };
}
export {
  OciNetworkError,
  RETRY_POLICY,
  connectControlPlane,
  isTransient
};
