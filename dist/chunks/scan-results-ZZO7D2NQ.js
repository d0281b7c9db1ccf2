import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  require_oci_identity
} from "./chunk-XYXYQCGS.js";
import {
  PAGE_LIMIT,
  allPages
} from "./chunk-R4NKTY3J.js";
import {
  require_oci_common,
  require_opossum
} from "./chunk-HQHPRU6P.js";
import {
  SEVERITIES
} from "./chunk-3QDIRBGE.js";
import {
  causeOf
} from "./chunk-ONPEG37N.js";
import "./chunk-2GS5O6KY.js";
import "./chunk-ZRR2EDCD.js";
import {
  ActionError
} from "./chunk-6YBALY5C.js";
import {
  mapConcurrent
} from "./chunk-JCNSVIZG.js";
import {
  __commonJS,
  __toESM
} from "./chunk-OQV333LO.js";

// node_modules/oci-vulnerabilityscanning/lib/request/list-vulnerabilities-request.js
var require_list_vulnerabilities_request = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/request/list-vulnerabilities-request.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ListVulnerabilitiesRequest = void 0;
    var ListVulnerabilitiesRequest;
    (function(ListVulnerabilitiesRequest2) {
      let SortBy;
      (function(SortBy2) {
        SortBy2["Name"] = "name";
        SortBy2["Severity"] = "severity";
        SortBy2["FirstDetected"] = "firstDetected";
        SortBy2["LastDetected"] = "lastDetected";
        SortBy2["ImpactedHosts"] = "impactedHosts";
        SortBy2["ImpactedContainers"] = "impactedContainers";
        SortBy2["ImpactedResources"] = "impactedResources";
      })(SortBy = ListVulnerabilitiesRequest2.SortBy || (ListVulnerabilitiesRequest2.SortBy = {}));
    })(ListVulnerabilitiesRequest = exports.ListVulnerabilitiesRequest || (exports.ListVulnerabilitiesRequest = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/request/list-vulnerability-impacted-containers-request.js
var require_list_vulnerability_impacted_containers_request = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/request/list-vulnerability-impacted-containers-request.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ListVulnerabilityImpactedContainersRequest = void 0;
    var ListVulnerabilityImpactedContainersRequest;
    (function(ListVulnerabilityImpactedContainersRequest2) {
      let SortBy;
      (function(SortBy2) {
        SortBy2["Image"] = "image";
        SortBy2["Repository"] = "repository";
        SortBy2["Registry"] = "registry";
      })(SortBy = ListVulnerabilityImpactedContainersRequest2.SortBy || (ListVulnerabilityImpactedContainersRequest2.SortBy = {}));
    })(ListVulnerabilityImpactedContainersRequest = exports.ListVulnerabilityImpactedContainersRequest || (exports.ListVulnerabilityImpactedContainersRequest = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/request/index.js
var require_request = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/request/index.js"(exports) {
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
    exports.ListVulnerabilityImpactedContainersRequest = exports.ListVulnerabilitiesRequest = void 0;
    var ListVulnerabilitiesRequest = __importStar(require_list_vulnerabilities_request());
    exports.ListVulnerabilitiesRequest = ListVulnerabilitiesRequest.ListVulnerabilitiesRequest;
    var ListVulnerabilityImpactedContainersRequest = __importStar(require_list_vulnerability_impacted_containers_request());
    exports.ListVulnerabilityImpactedContainersRequest = ListVulnerabilityImpactedContainersRequest.ListVulnerabilityImpactedContainersRequest;
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/action-type.js
var require_action_type = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/action-type.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ActionType = void 0;
    var ActionType;
    (function(ActionType2) {
      ActionType2["Created"] = "CREATED";
      ActionType2["Updated"] = "UPDATED";
      ActionType2["Deleted"] = "DELETED";
      ActionType2["InProgress"] = "IN_PROGRESS";
      ActionType2["Related"] = "RELATED";
      ActionType2["UnknownValue"] = "UNKNOWN_VALUE";
    })(ActionType = exports.ActionType || (exports.ActionType = {}));
    (function(ActionType2) {
      function getJsonObj(obj) {
        return obj;
      }
      ActionType2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      ActionType2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ActionType = exports.ActionType || (exports.ActionType = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/application-scan-settings.js
var require_application_scan_settings = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/application-scan-settings.js"(exports) {
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
    exports.ApplicationScanSettings = void 0;
    var model = __importStar(require_model());
    var ApplicationScanSettings;
    (function(ApplicationScanSettings2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "foldersToScan": obj.foldersToScan ? obj.foldersToScan.map((item) => {
            return model.FolderToScan.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ApplicationScanSettings2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "foldersToScan": obj.foldersToScan ? obj.foldersToScan.map((item) => {
            return model.FolderToScan.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ApplicationScanSettings2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ApplicationScanSettings = exports.ApplicationScanSettings || (exports.ApplicationScanSettings = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/change-container-scan-recipe-compartment-details.js
var require_change_container_scan_recipe_compartment_details = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/change-container-scan-recipe-compartment-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ChangeContainerScanRecipeCompartmentDetails = void 0;
    var ChangeContainerScanRecipeCompartmentDetails;
    (function(ChangeContainerScanRecipeCompartmentDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeContainerScanRecipeCompartmentDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeContainerScanRecipeCompartmentDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ChangeContainerScanRecipeCompartmentDetails = exports.ChangeContainerScanRecipeCompartmentDetails || (exports.ChangeContainerScanRecipeCompartmentDetails = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/change-container-scan-result-compartment-details.js
var require_change_container_scan_result_compartment_details = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/change-container-scan-result-compartment-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ChangeContainerScanResultCompartmentDetails = void 0;
    var ChangeContainerScanResultCompartmentDetails;
    (function(ChangeContainerScanResultCompartmentDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeContainerScanResultCompartmentDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeContainerScanResultCompartmentDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ChangeContainerScanResultCompartmentDetails = exports.ChangeContainerScanResultCompartmentDetails || (exports.ChangeContainerScanResultCompartmentDetails = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/change-container-scan-target-compartment-details.js
var require_change_container_scan_target_compartment_details = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/change-container-scan-target-compartment-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ChangeContainerScanTargetCompartmentDetails = void 0;
    var ChangeContainerScanTargetCompartmentDetails;
    (function(ChangeContainerScanTargetCompartmentDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeContainerScanTargetCompartmentDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeContainerScanTargetCompartmentDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ChangeContainerScanTargetCompartmentDetails = exports.ChangeContainerScanTargetCompartmentDetails || (exports.ChangeContainerScanTargetCompartmentDetails = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/change-host-agent-scan-result-compartment-details.js
var require_change_host_agent_scan_result_compartment_details = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/change-host-agent-scan-result-compartment-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ChangeHostAgentScanResultCompartmentDetails = void 0;
    var ChangeHostAgentScanResultCompartmentDetails;
    (function(ChangeHostAgentScanResultCompartmentDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeHostAgentScanResultCompartmentDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeHostAgentScanResultCompartmentDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ChangeHostAgentScanResultCompartmentDetails = exports.ChangeHostAgentScanResultCompartmentDetails || (exports.ChangeHostAgentScanResultCompartmentDetails = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/change-host-cis-benchmark-scan-result-compartment-details.js
var require_change_host_cis_benchmark_scan_result_compartment_details = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/change-host-cis-benchmark-scan-result-compartment-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ChangeHostCisBenchmarkScanResultCompartmentDetails = void 0;
    var ChangeHostCisBenchmarkScanResultCompartmentDetails;
    (function(ChangeHostCisBenchmarkScanResultCompartmentDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeHostCisBenchmarkScanResultCompartmentDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeHostCisBenchmarkScanResultCompartmentDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ChangeHostCisBenchmarkScanResultCompartmentDetails = exports.ChangeHostCisBenchmarkScanResultCompartmentDetails || (exports.ChangeHostCisBenchmarkScanResultCompartmentDetails = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/change-host-endpoint-protection-scan-result-compartment-details.js
var require_change_host_endpoint_protection_scan_result_compartment_details = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/change-host-endpoint-protection-scan-result-compartment-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ChangeHostEndpointProtectionScanResultCompartmentDetails = void 0;
    var ChangeHostEndpointProtectionScanResultCompartmentDetails;
    (function(ChangeHostEndpointProtectionScanResultCompartmentDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeHostEndpointProtectionScanResultCompartmentDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeHostEndpointProtectionScanResultCompartmentDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ChangeHostEndpointProtectionScanResultCompartmentDetails = exports.ChangeHostEndpointProtectionScanResultCompartmentDetails || (exports.ChangeHostEndpointProtectionScanResultCompartmentDetails = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/change-host-port-scan-result-compartment-details.js
var require_change_host_port_scan_result_compartment_details = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/change-host-port-scan-result-compartment-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ChangeHostPortScanResultCompartmentDetails = void 0;
    var ChangeHostPortScanResultCompartmentDetails;
    (function(ChangeHostPortScanResultCompartmentDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeHostPortScanResultCompartmentDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeHostPortScanResultCompartmentDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ChangeHostPortScanResultCompartmentDetails = exports.ChangeHostPortScanResultCompartmentDetails || (exports.ChangeHostPortScanResultCompartmentDetails = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/change-host-scan-recipe-compartment-details.js
var require_change_host_scan_recipe_compartment_details = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/change-host-scan-recipe-compartment-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ChangeHostScanRecipeCompartmentDetails = void 0;
    var ChangeHostScanRecipeCompartmentDetails;
    (function(ChangeHostScanRecipeCompartmentDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeHostScanRecipeCompartmentDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeHostScanRecipeCompartmentDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ChangeHostScanRecipeCompartmentDetails = exports.ChangeHostScanRecipeCompartmentDetails || (exports.ChangeHostScanRecipeCompartmentDetails = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/change-host-scan-target-compartment-details.js
var require_change_host_scan_target_compartment_details = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/change-host-scan-target-compartment-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ChangeHostScanTargetCompartmentDetails = void 0;
    var ChangeHostScanTargetCompartmentDetails;
    (function(ChangeHostScanTargetCompartmentDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeHostScanTargetCompartmentDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ChangeHostScanTargetCompartmentDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ChangeHostScanTargetCompartmentDetails = exports.ChangeHostScanTargetCompartmentDetails || (exports.ChangeHostScanTargetCompartmentDetails = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/container-scan-recipe.js
var require_container_scan_recipe = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/container-scan-recipe.js"(exports) {
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
    exports.ContainerScanRecipe = void 0;
    var model = __importStar(require_model());
    var ContainerScanRecipe;
    (function(ContainerScanRecipe2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "scanSettings": obj.scanSettings ? model.ContainerScanSettings.getJsonObj(obj.scanSettings) : void 0
        });
        return jsonObj;
      }
      ContainerScanRecipe2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "scanSettings": obj.scanSettings ? model.ContainerScanSettings.getDeserializedJsonObj(obj.scanSettings) : void 0
        });
        return jsonObj;
      }
      ContainerScanRecipe2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ContainerScanRecipe = exports.ContainerScanRecipe || (exports.ContainerScanRecipe = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/container-scan-recipe-summary.js
var require_container_scan_recipe_summary = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/container-scan-recipe-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ContainerScanRecipeSummary = void 0;
    var ContainerScanRecipeSummary;
    (function(ContainerScanRecipeSummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ContainerScanRecipeSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ContainerScanRecipeSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ContainerScanRecipeSummary = exports.ContainerScanRecipeSummary || (exports.ContainerScanRecipeSummary = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/container-scan-recipe-summary-collection.js
var require_container_scan_recipe_summary_collection = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/container-scan-recipe-summary-collection.js"(exports) {
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
    exports.ContainerScanRecipeSummaryCollection = void 0;
    var model = __importStar(require_model());
    var ContainerScanRecipeSummaryCollection;
    (function(ContainerScanRecipeSummaryCollection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.ContainerScanRecipeSummary.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ContainerScanRecipeSummaryCollection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.ContainerScanRecipeSummary.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ContainerScanRecipeSummaryCollection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ContainerScanRecipeSummaryCollection = exports.ContainerScanRecipeSummaryCollection || (exports.ContainerScanRecipeSummaryCollection = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/container-scan-registry.js
var require_container_scan_registry = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/container-scan-registry.js"(exports) {
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
    exports.ContainerScanRegistry = void 0;
    var model = __importStar(require_model());
    var common = require_oci_common();
    var ContainerScanRegistry;
    (function(ContainerScanRegistry2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        if (obj && "type" in obj && obj.type) {
          switch (obj.type) {
            case "OCIR":
              return model.OcirContainerScanRegistry.getJsonObj(jsonObj, true);
            default:
              if (common.LOG.logger)
                common.LOG.logger.info(`Unknown value for: ${obj.type}`);
          }
        }
        return jsonObj;
      }
      ContainerScanRegistry2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        if (obj && "type" in obj && obj.type) {
          switch (obj.type) {
            case "OCIR":
              return model.OcirContainerScanRegistry.getDeserializedJsonObj(jsonObj, true);
            default:
              if (common.LOG.logger)
                common.LOG.logger.info(`Unknown value for: ${obj.type}`);
          }
        }
        return jsonObj;
      }
      ContainerScanRegistry2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ContainerScanRegistry = exports.ContainerScanRegistry || (exports.ContainerScanRegistry = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/container-scan-result.js
var require_container_scan_result = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/container-scan-result.js"(exports) {
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
    exports.ContainerScanResult = void 0;
    var model = __importStar(require_model());
    var ContainerScanResult;
    (function(ContainerScanResult2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "problems": obj.problems ? obj.problems.map((item) => {
            return model.ContainerScanResultProblem.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ContainerScanResult2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "problems": obj.problems ? obj.problems.map((item) => {
            return model.ContainerScanResultProblem.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ContainerScanResult2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ContainerScanResult = exports.ContainerScanResult || (exports.ContainerScanResult = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/container-scan-result-problem.js
var require_container_scan_result_problem = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/container-scan-result-problem.js"(exports) {
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
    exports.ContainerScanResultProblem = void 0;
    var model = __importStar(require_model());
    var ContainerScanResultProblem;
    (function(ContainerScanResultProblem2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "vulnerablePackages": obj.vulnerablePackages ? obj.vulnerablePackages.map((item) => {
            return model.Package.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ContainerScanResultProblem2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "vulnerablePackages": obj.vulnerablePackages ? obj.vulnerablePackages.map((item) => {
            return model.Package.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ContainerScanResultProblem2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ContainerScanResultProblem = exports.ContainerScanResultProblem || (exports.ContainerScanResultProblem = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/container-scan-result-sort-by.js
var require_container_scan_result_sort_by = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/container-scan-result-sort-by.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ContainerScanResultSortBy = void 0;
    var ContainerScanResultSortBy;
    (function(ContainerScanResultSortBy2) {
      ContainerScanResultSortBy2["TimeStarted"] = "timeStarted";
      ContainerScanResultSortBy2["ProblemCount"] = "problemCount";
      ContainerScanResultSortBy2["HighestProblemSeverity"] = "highestProblemSeverity";
    })(ContainerScanResultSortBy = exports.ContainerScanResultSortBy || (exports.ContainerScanResultSortBy = {}));
    (function(ContainerScanResultSortBy2) {
      function getJsonObj(obj) {
        return obj;
      }
      ContainerScanResultSortBy2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      ContainerScanResultSortBy2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ContainerScanResultSortBy = exports.ContainerScanResultSortBy || (exports.ContainerScanResultSortBy = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/container-scan-result-summary.js
var require_container_scan_result_summary = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/container-scan-result-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ContainerScanResultSummary = void 0;
    var ContainerScanResultSummary;
    (function(ContainerScanResultSummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ContainerScanResultSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ContainerScanResultSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ContainerScanResultSummary = exports.ContainerScanResultSummary || (exports.ContainerScanResultSummary = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/container-scan-result-summary-collection.js
var require_container_scan_result_summary_collection = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/container-scan-result-summary-collection.js"(exports) {
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
    exports.ContainerScanResultSummaryCollection = void 0;
    var model = __importStar(require_model());
    var ContainerScanResultSummaryCollection;
    (function(ContainerScanResultSummaryCollection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.ContainerScanResultSummary.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ContainerScanResultSummaryCollection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.ContainerScanResultSummary.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ContainerScanResultSummaryCollection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ContainerScanResultSummaryCollection = exports.ContainerScanResultSummaryCollection || (exports.ContainerScanResultSummaryCollection = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/container-scan-settings.js
var require_container_scan_settings = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/container-scan-settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ContainerScanSettings = void 0;
    var ContainerScanSettings;
    (function(ContainerScanSettings2) {
      let ScanLevel;
      (function(ScanLevel2) {
        ScanLevel2["None"] = "NONE";
        ScanLevel2["Standard"] = "STANDARD";
        ScanLevel2["UnknownValue"] = "UNKNOWN_VALUE";
      })(ScanLevel = ContainerScanSettings2.ScanLevel || (ContainerScanSettings2.ScanLevel = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ContainerScanSettings2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ContainerScanSettings2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ContainerScanSettings = exports.ContainerScanSettings || (exports.ContainerScanSettings = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/container-scan-target.js
var require_container_scan_target = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/container-scan-target.js"(exports) {
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
    exports.ContainerScanTarget = void 0;
    var model = __importStar(require_model());
    var ContainerScanTarget;
    (function(ContainerScanTarget2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "targetRegistry": obj.targetRegistry ? model.ContainerScanRegistry.getJsonObj(obj.targetRegistry) : void 0
        });
        return jsonObj;
      }
      ContainerScanTarget2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "targetRegistry": obj.targetRegistry ? model.ContainerScanRegistry.getDeserializedJsonObj(obj.targetRegistry) : void 0
        });
        return jsonObj;
      }
      ContainerScanTarget2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ContainerScanTarget = exports.ContainerScanTarget || (exports.ContainerScanTarget = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/container-scan-target-summary.js
var require_container_scan_target_summary = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/container-scan-target-summary.js"(exports) {
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
    exports.ContainerScanTargetSummary = void 0;
    var model = __importStar(require_model());
    var ContainerScanTargetSummary;
    (function(ContainerScanTargetSummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "targetRegistry": obj.targetRegistry ? model.ContainerScanRegistry.getJsonObj(obj.targetRegistry) : void 0
        });
        return jsonObj;
      }
      ContainerScanTargetSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "targetRegistry": obj.targetRegistry ? model.ContainerScanRegistry.getDeserializedJsonObj(obj.targetRegistry) : void 0
        });
        return jsonObj;
      }
      ContainerScanTargetSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ContainerScanTargetSummary = exports.ContainerScanTargetSummary || (exports.ContainerScanTargetSummary = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/container-scan-target-summary-collection.js
var require_container_scan_target_summary_collection = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/container-scan-target-summary-collection.js"(exports) {
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
    exports.ContainerScanTargetSummaryCollection = void 0;
    var model = __importStar(require_model());
    var ContainerScanTargetSummaryCollection;
    (function(ContainerScanTargetSummaryCollection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.ContainerScanTargetSummary.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ContainerScanTargetSummaryCollection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.ContainerScanTargetSummary.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      ContainerScanTargetSummaryCollection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ContainerScanTargetSummaryCollection = exports.ContainerScanTargetSummaryCollection || (exports.ContainerScanTargetSummaryCollection = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/create-container-scan-recipe-details.js
var require_create_container_scan_recipe_details = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/create-container-scan-recipe-details.js"(exports) {
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
    exports.CreateContainerScanRecipeDetails = void 0;
    var model = __importStar(require_model());
    var CreateContainerScanRecipeDetails;
    (function(CreateContainerScanRecipeDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "scanSettings": obj.scanSettings ? model.ContainerScanSettings.getJsonObj(obj.scanSettings) : void 0
        });
        return jsonObj;
      }
      CreateContainerScanRecipeDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "scanSettings": obj.scanSettings ? model.ContainerScanSettings.getDeserializedJsonObj(obj.scanSettings) : void 0
        });
        return jsonObj;
      }
      CreateContainerScanRecipeDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(CreateContainerScanRecipeDetails = exports.CreateContainerScanRecipeDetails || (exports.CreateContainerScanRecipeDetails = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/create-container-scan-registry-details.js
var require_create_container_scan_registry_details = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/create-container-scan-registry-details.js"(exports) {
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
    exports.CreateContainerScanRegistryDetails = void 0;
    var model = __importStar(require_model());
    var common = require_oci_common();
    var CreateContainerScanRegistryDetails;
    (function(CreateContainerScanRegistryDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        if (obj && "type" in obj && obj.type) {
          switch (obj.type) {
            case "OCIR":
              return model.CreateOcirContainerScanRegistryDetails.getJsonObj(jsonObj, true);
            default:
              if (common.LOG.logger)
                common.LOG.logger.info(`Unknown value for: ${obj.type}`);
          }
        }
        return jsonObj;
      }
      CreateContainerScanRegistryDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        if (obj && "type" in obj && obj.type) {
          switch (obj.type) {
            case "OCIR":
              return model.CreateOcirContainerScanRegistryDetails.getDeserializedJsonObj(jsonObj, true);
            default:
              if (common.LOG.logger)
                common.LOG.logger.info(`Unknown value for: ${obj.type}`);
          }
        }
        return jsonObj;
      }
      CreateContainerScanRegistryDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(CreateContainerScanRegistryDetails = exports.CreateContainerScanRegistryDetails || (exports.CreateContainerScanRegistryDetails = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/create-container-scan-target-details.js
var require_create_container_scan_target_details = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/create-container-scan-target-details.js"(exports) {
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
    exports.CreateContainerScanTargetDetails = void 0;
    var model = __importStar(require_model());
    var CreateContainerScanTargetDetails;
    (function(CreateContainerScanTargetDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "targetRegistry": obj.targetRegistry ? model.CreateContainerScanRegistryDetails.getJsonObj(obj.targetRegistry) : void 0
        });
        return jsonObj;
      }
      CreateContainerScanTargetDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "targetRegistry": obj.targetRegistry ? model.CreateContainerScanRegistryDetails.getDeserializedJsonObj(obj.targetRegistry) : void 0
        });
        return jsonObj;
      }
      CreateContainerScanTargetDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(CreateContainerScanTargetDetails = exports.CreateContainerScanTargetDetails || (exports.CreateContainerScanTargetDetails = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/create-host-scan-recipe-details.js
var require_create_host_scan_recipe_details = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/create-host-scan-recipe-details.js"(exports) {
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
    exports.CreateHostScanRecipeDetails = void 0;
    var model = __importStar(require_model());
    var CreateHostScanRecipeDetails;
    (function(CreateHostScanRecipeDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "portSettings": obj.portSettings ? model.HostScanPortSettings.getJsonObj(obj.portSettings) : void 0,
          "agentSettings": obj.agentSettings ? model.HostScanAgentSettings.getJsonObj(obj.agentSettings) : void 0,
          "applicationSettings": obj.applicationSettings ? model.ApplicationScanSettings.getJsonObj(obj.applicationSettings) : void 0,
          "schedule": obj.schedule ? model.Schedule.getJsonObj(obj.schedule) : void 0
        });
        return jsonObj;
      }
      CreateHostScanRecipeDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "portSettings": obj.portSettings ? model.HostScanPortSettings.getDeserializedJsonObj(obj.portSettings) : void 0,
          "agentSettings": obj.agentSettings ? model.HostScanAgentSettings.getDeserializedJsonObj(obj.agentSettings) : void 0,
          "applicationSettings": obj.applicationSettings ? model.ApplicationScanSettings.getDeserializedJsonObj(obj.applicationSettings) : void 0,
          "schedule": obj.schedule ? model.Schedule.getDeserializedJsonObj(obj.schedule) : void 0
        });
        return jsonObj;
      }
      CreateHostScanRecipeDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(CreateHostScanRecipeDetails = exports.CreateHostScanRecipeDetails || (exports.CreateHostScanRecipeDetails = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/create-host-scan-target-details.js
var require_create_host_scan_target_details = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/create-host-scan-target-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CreateHostScanTargetDetails = void 0;
    var CreateHostScanTargetDetails;
    (function(CreateHostScanTargetDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      CreateHostScanTargetDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      CreateHostScanTargetDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(CreateHostScanTargetDetails = exports.CreateHostScanTargetDetails || (exports.CreateHostScanTargetDetails = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/cve-details.js
var require_cve_details = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/cve-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CveDetails = void 0;
    var CveDetails;
    (function(CveDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      CveDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      CveDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(CveDetails = exports.CveDetails || (exports.CveDetails = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/day-of-week.js
var require_day_of_week = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/day-of-week.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DayOfWeek = void 0;
    var DayOfWeek;
    (function(DayOfWeek2) {
      DayOfWeek2["Sunday"] = "SUNDAY";
      DayOfWeek2["Monday"] = "MONDAY";
      DayOfWeek2["Tuesday"] = "TUESDAY";
      DayOfWeek2["Wednesday"] = "WEDNESDAY";
      DayOfWeek2["Thursday"] = "THURSDAY";
      DayOfWeek2["Friday"] = "FRIDAY";
      DayOfWeek2["Saturday"] = "SATURDAY";
      DayOfWeek2["UnknownValue"] = "UNKNOWN_VALUE";
    })(DayOfWeek = exports.DayOfWeek || (exports.DayOfWeek = {}));
    (function(DayOfWeek2) {
      function getJsonObj(obj) {
        return obj;
      }
      DayOfWeek2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      DayOfWeek2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(DayOfWeek = exports.DayOfWeek || (exports.DayOfWeek = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/export-host-agent-scan-result-csv-details.js
var require_export_host_agent_scan_result_csv_details = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/export-host-agent-scan-result-csv-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ExportHostAgentScanResultCsvDetails = void 0;
    var ExportHostAgentScanResultCsvDetails;
    (function(ExportHostAgentScanResultCsvDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ExportHostAgentScanResultCsvDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ExportHostAgentScanResultCsvDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ExportHostAgentScanResultCsvDetails = exports.ExportHostAgentScanResultCsvDetails || (exports.ExportHostAgentScanResultCsvDetails = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/export-host-vulnerability-csv-details.js
var require_export_host_vulnerability_csv_details = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/export-host-vulnerability-csv-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ExportHostVulnerabilityCsvDetails = void 0;
    var ExportHostVulnerabilityCsvDetails;
    (function(ExportHostVulnerabilityCsvDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ExportHostVulnerabilityCsvDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ExportHostVulnerabilityCsvDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ExportHostVulnerabilityCsvDetails = exports.ExportHostVulnerabilityCsvDetails || (exports.ExportHostVulnerabilityCsvDetails = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/folder-to-scan.js
var require_folder_to_scan = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/folder-to-scan.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FolderToScan = void 0;
    var FolderToScan;
    (function(FolderToScan2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      FolderToScan2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      FolderToScan2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(FolderToScan = exports.FolderToScan || (exports.FolderToScan = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-agent-scan-level.js
var require_host_agent_scan_level = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-agent-scan-level.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HostAgentScanLevel = void 0;
    var HostAgentScanLevel;
    (function(HostAgentScanLevel2) {
      HostAgentScanLevel2["None"] = "NONE";
      HostAgentScanLevel2["Standard"] = "STANDARD";
      HostAgentScanLevel2["UnknownValue"] = "UNKNOWN_VALUE";
    })(HostAgentScanLevel = exports.HostAgentScanLevel || (exports.HostAgentScanLevel = {}));
    (function(HostAgentScanLevel2) {
      function getJsonObj(obj) {
        return obj;
      }
      HostAgentScanLevel2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      HostAgentScanLevel2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostAgentScanLevel = exports.HostAgentScanLevel || (exports.HostAgentScanLevel = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-agent-scan-result.js
var require_host_agent_scan_result = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-agent-scan-result.js"(exports) {
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
    exports.HostAgentScanResult = void 0;
    var model = __importStar(require_model());
    var HostAgentScanResult;
    (function(HostAgentScanResult2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "problems": obj.problems ? obj.problems.map((item) => {
            return model.HostAgentScanResultProblem.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostAgentScanResult2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "problems": obj.problems ? obj.problems.map((item) => {
            return model.HostAgentScanResultProblem.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostAgentScanResult2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostAgentScanResult = exports.HostAgentScanResult || (exports.HostAgentScanResult = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-agent-scan-result-problem.js
var require_host_agent_scan_result_problem = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-agent-scan-result-problem.js"(exports) {
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
    exports.HostAgentScanResultProblem = void 0;
    var model = __importStar(require_model());
    var HostAgentScanResultProblem;
    (function(HostAgentScanResultProblem2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "vulnerablePackages": obj.vulnerablePackages ? obj.vulnerablePackages.map((item) => {
            return model.Package.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostAgentScanResultProblem2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "vulnerablePackages": obj.vulnerablePackages ? obj.vulnerablePackages.map((item) => {
            return model.Package.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostAgentScanResultProblem2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostAgentScanResultProblem = exports.HostAgentScanResultProblem || (exports.HostAgentScanResultProblem = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-agent-scan-result-sort-by.js
var require_host_agent_scan_result_sort_by = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-agent-scan-result-sort-by.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HostAgentScanResultSortBy = void 0;
    var HostAgentScanResultSortBy;
    (function(HostAgentScanResultSortBy2) {
      HostAgentScanResultSortBy2["TimeStarted"] = "timeStarted";
      HostAgentScanResultSortBy2["TimeFinished"] = "timeFinished";
      HostAgentScanResultSortBy2["ProblemCount"] = "problemCount";
      HostAgentScanResultSortBy2["HighestProblemSeverity"] = "highestProblemSeverity";
      HostAgentScanResultSortBy2["TimeCompleted"] = "timeCompleted";
    })(HostAgentScanResultSortBy = exports.HostAgentScanResultSortBy || (exports.HostAgentScanResultSortBy = {}));
    (function(HostAgentScanResultSortBy2) {
      function getJsonObj(obj) {
        return obj;
      }
      HostAgentScanResultSortBy2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      HostAgentScanResultSortBy2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostAgentScanResultSortBy = exports.HostAgentScanResultSortBy || (exports.HostAgentScanResultSortBy = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-agent-scan-result-summary.js
var require_host_agent_scan_result_summary = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-agent-scan-result-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HostAgentScanResultSummary = void 0;
    var HostAgentScanResultSummary;
    (function(HostAgentScanResultSummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostAgentScanResultSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostAgentScanResultSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostAgentScanResultSummary = exports.HostAgentScanResultSummary || (exports.HostAgentScanResultSummary = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-agent-scan-result-summary-collection.js
var require_host_agent_scan_result_summary_collection = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-agent-scan-result-summary-collection.js"(exports) {
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
    exports.HostAgentScanResultSummaryCollection = void 0;
    var model = __importStar(require_model());
    var HostAgentScanResultSummaryCollection;
    (function(HostAgentScanResultSummaryCollection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.HostAgentScanResultSummary.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostAgentScanResultSummaryCollection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.HostAgentScanResultSummary.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostAgentScanResultSummaryCollection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostAgentScanResultSummaryCollection = exports.HostAgentScanResultSummaryCollection || (exports.HostAgentScanResultSummaryCollection = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-cis-benchmark-scan-level.js
var require_host_cis_benchmark_scan_level = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-cis-benchmark-scan-level.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HostCisBenchmarkScanLevel = void 0;
    var HostCisBenchmarkScanLevel;
    (function(HostCisBenchmarkScanLevel2) {
      HostCisBenchmarkScanLevel2["None"] = "NONE";
      HostCisBenchmarkScanLevel2["Light"] = "LIGHT";
      HostCisBenchmarkScanLevel2["Medium"] = "MEDIUM";
      HostCisBenchmarkScanLevel2["Strict"] = "STRICT";
      HostCisBenchmarkScanLevel2["UnknownValue"] = "UNKNOWN_VALUE";
    })(HostCisBenchmarkScanLevel = exports.HostCisBenchmarkScanLevel || (exports.HostCisBenchmarkScanLevel = {}));
    (function(HostCisBenchmarkScanLevel2) {
      function getJsonObj(obj) {
        return obj;
      }
      HostCisBenchmarkScanLevel2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      HostCisBenchmarkScanLevel2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostCisBenchmarkScanLevel = exports.HostCisBenchmarkScanLevel || (exports.HostCisBenchmarkScanLevel = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-cis-benchmark-scan-result.js
var require_host_cis_benchmark_scan_result = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-cis-benchmark-scan-result.js"(exports) {
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
    exports.HostCisBenchmarkScanResult = void 0;
    var model = __importStar(require_model());
    var HostCisBenchmarkScanResult;
    (function(HostCisBenchmarkScanResult2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "cisBenchmarkScanResultScores": obj.cisBenchmarkScanResultScores ? obj.cisBenchmarkScanResultScores.map((item) => {
            return model.HostCisBenchmarkScanResultScore.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostCisBenchmarkScanResult2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "cisBenchmarkScanResultScores": obj.cisBenchmarkScanResultScores ? obj.cisBenchmarkScanResultScores.map((item) => {
            return model.HostCisBenchmarkScanResultScore.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostCisBenchmarkScanResult2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostCisBenchmarkScanResult = exports.HostCisBenchmarkScanResult || (exports.HostCisBenchmarkScanResult = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-cis-benchmark-scan-result-score.js
var require_host_cis_benchmark_scan_result_score = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-cis-benchmark-scan-result-score.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HostCisBenchmarkScanResultScore = void 0;
    var HostCisBenchmarkScanResultScore;
    (function(HostCisBenchmarkScanResultScore2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostCisBenchmarkScanResultScore2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostCisBenchmarkScanResultScore2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostCisBenchmarkScanResultScore = exports.HostCisBenchmarkScanResultScore || (exports.HostCisBenchmarkScanResultScore = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-cis-benchmark-scan-result-sort-by.js
var require_host_cis_benchmark_scan_result_sort_by = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-cis-benchmark-scan-result-sort-by.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HostCisBenchmarkScanResultSortBy = void 0;
    var HostCisBenchmarkScanResultSortBy;
    (function(HostCisBenchmarkScanResultSortBy2) {
      HostCisBenchmarkScanResultSortBy2["TimeStarted"] = "timeStarted";
      HostCisBenchmarkScanResultSortBy2["TimeFinished"] = "timeFinished";
      HostCisBenchmarkScanResultSortBy2["CisBenchmarkScanIssuesCount"] = "cisBenchmarkScanIssuesCount";
    })(HostCisBenchmarkScanResultSortBy = exports.HostCisBenchmarkScanResultSortBy || (exports.HostCisBenchmarkScanResultSortBy = {}));
    (function(HostCisBenchmarkScanResultSortBy2) {
      function getJsonObj(obj) {
        return obj;
      }
      HostCisBenchmarkScanResultSortBy2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      HostCisBenchmarkScanResultSortBy2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostCisBenchmarkScanResultSortBy = exports.HostCisBenchmarkScanResultSortBy || (exports.HostCisBenchmarkScanResultSortBy = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-cis-benchmark-scan-result-summary.js
var require_host_cis_benchmark_scan_result_summary = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-cis-benchmark-scan-result-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HostCisBenchmarkScanResultSummary = void 0;
    var HostCisBenchmarkScanResultSummary;
    (function(HostCisBenchmarkScanResultSummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostCisBenchmarkScanResultSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostCisBenchmarkScanResultSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostCisBenchmarkScanResultSummary = exports.HostCisBenchmarkScanResultSummary || (exports.HostCisBenchmarkScanResultSummary = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-cis-benchmark-scan-result-summary-collection.js
var require_host_cis_benchmark_scan_result_summary_collection = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-cis-benchmark-scan-result-summary-collection.js"(exports) {
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
    exports.HostCisBenchmarkScanResultSummaryCollection = void 0;
    var model = __importStar(require_model());
    var HostCisBenchmarkScanResultSummaryCollection;
    (function(HostCisBenchmarkScanResultSummaryCollection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.HostCisBenchmarkScanResultSummary.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostCisBenchmarkScanResultSummaryCollection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.HostCisBenchmarkScanResultSummary.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostCisBenchmarkScanResultSummaryCollection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostCisBenchmarkScanResultSummaryCollection = exports.HostCisBenchmarkScanResultSummaryCollection || (exports.HostCisBenchmarkScanResultSummaryCollection = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-cis-benchmark-settings.js
var require_host_cis_benchmark_settings = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-cis-benchmark-settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HostCisBenchmarkSettings = void 0;
    var HostCisBenchmarkSettings;
    (function(HostCisBenchmarkSettings2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostCisBenchmarkSettings2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostCisBenchmarkSettings2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostCisBenchmarkSettings = exports.HostCisBenchmarkSettings || (exports.HostCisBenchmarkSettings = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-endpoint-protection-scan-level.js
var require_host_endpoint_protection_scan_level = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-endpoint-protection-scan-level.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HostEndpointProtectionScanLevel = void 0;
    var HostEndpointProtectionScanLevel;
    (function(HostEndpointProtectionScanLevel2) {
      HostEndpointProtectionScanLevel2["None"] = "NONE";
      HostEndpointProtectionScanLevel2["Standard"] = "STANDARD";
      HostEndpointProtectionScanLevel2["UnknownValue"] = "UNKNOWN_VALUE";
    })(HostEndpointProtectionScanLevel = exports.HostEndpointProtectionScanLevel || (exports.HostEndpointProtectionScanLevel = {}));
    (function(HostEndpointProtectionScanLevel2) {
      function getJsonObj(obj) {
        return obj;
      }
      HostEndpointProtectionScanLevel2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      HostEndpointProtectionScanLevel2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostEndpointProtectionScanLevel = exports.HostEndpointProtectionScanLevel || (exports.HostEndpointProtectionScanLevel = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-endpoint-protection-scan-result.js
var require_host_endpoint_protection_scan_result = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-endpoint-protection-scan-result.js"(exports) {
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
    exports.HostEndpointProtectionScanResult = void 0;
    var model = __importStar(require_model());
    var HostEndpointProtectionScanResult;
    (function(HostEndpointProtectionScanResult2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "endpointProtections": obj.endpointProtections ? obj.endpointProtections.map((item) => {
            return model.HostEndpointProtectionScanResultEndpointProtection.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostEndpointProtectionScanResult2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "endpointProtections": obj.endpointProtections ? obj.endpointProtections.map((item) => {
            return model.HostEndpointProtectionScanResultEndpointProtection.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostEndpointProtectionScanResult2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostEndpointProtectionScanResult = exports.HostEndpointProtectionScanResult || (exports.HostEndpointProtectionScanResult = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-endpoint-protection-scan-result-endpoint-protection.js
var require_host_endpoint_protection_scan_result_endpoint_protection = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-endpoint-protection-scan-result-endpoint-protection.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HostEndpointProtectionScanResultEndpointProtection = void 0;
    var HostEndpointProtectionScanResultEndpointProtection;
    (function(HostEndpointProtectionScanResultEndpointProtection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostEndpointProtectionScanResultEndpointProtection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostEndpointProtectionScanResultEndpointProtection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostEndpointProtectionScanResultEndpointProtection = exports.HostEndpointProtectionScanResultEndpointProtection || (exports.HostEndpointProtectionScanResultEndpointProtection = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-endpoint-protection-scan-result-sort-by.js
var require_host_endpoint_protection_scan_result_sort_by = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-endpoint-protection-scan-result-sort-by.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HostEndpointProtectionScanResultSortBy = void 0;
    var HostEndpointProtectionScanResultSortBy;
    (function(HostEndpointProtectionScanResultSortBy2) {
      HostEndpointProtectionScanResultSortBy2["TimeStarted"] = "timeStarted";
      HostEndpointProtectionScanResultSortBy2["TimeFinished"] = "timeFinished";
      HostEndpointProtectionScanResultSortBy2["ProblemSeverity"] = "problemSeverity";
    })(HostEndpointProtectionScanResultSortBy = exports.HostEndpointProtectionScanResultSortBy || (exports.HostEndpointProtectionScanResultSortBy = {}));
    (function(HostEndpointProtectionScanResultSortBy2) {
      function getJsonObj(obj) {
        return obj;
      }
      HostEndpointProtectionScanResultSortBy2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      HostEndpointProtectionScanResultSortBy2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostEndpointProtectionScanResultSortBy = exports.HostEndpointProtectionScanResultSortBy || (exports.HostEndpointProtectionScanResultSortBy = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-endpoint-protection-scan-result-summary.js
var require_host_endpoint_protection_scan_result_summary = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-endpoint-protection-scan-result-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HostEndpointProtectionScanResultSummary = void 0;
    var HostEndpointProtectionScanResultSummary;
    (function(HostEndpointProtectionScanResultSummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostEndpointProtectionScanResultSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostEndpointProtectionScanResultSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostEndpointProtectionScanResultSummary = exports.HostEndpointProtectionScanResultSummary || (exports.HostEndpointProtectionScanResultSummary = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-endpoint-protection-scan-result-summary-collection.js
var require_host_endpoint_protection_scan_result_summary_collection = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-endpoint-protection-scan-result-summary-collection.js"(exports) {
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
    exports.HostEndpointProtectionScanResultSummaryCollection = void 0;
    var model = __importStar(require_model());
    var HostEndpointProtectionScanResultSummaryCollection;
    (function(HostEndpointProtectionScanResultSummaryCollection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.HostEndpointProtectionScanResultSummary.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostEndpointProtectionScanResultSummaryCollection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.HostEndpointProtectionScanResultSummary.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostEndpointProtectionScanResultSummaryCollection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostEndpointProtectionScanResultSummaryCollection = exports.HostEndpointProtectionScanResultSummaryCollection || (exports.HostEndpointProtectionScanResultSummaryCollection = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-endpoint-protection-settings.js
var require_host_endpoint_protection_settings = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-endpoint-protection-settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HostEndpointProtectionSettings = void 0;
    var HostEndpointProtectionSettings;
    (function(HostEndpointProtectionSettings2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostEndpointProtectionSettings2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostEndpointProtectionSettings2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostEndpointProtectionSettings = exports.HostEndpointProtectionSettings || (exports.HostEndpointProtectionSettings = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-port-scan-level.js
var require_host_port_scan_level = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-port-scan-level.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HostPortScanLevel = void 0;
    var HostPortScanLevel;
    (function(HostPortScanLevel2) {
      HostPortScanLevel2["None"] = "NONE";
      HostPortScanLevel2["Light"] = "LIGHT";
      HostPortScanLevel2["Standard"] = "STANDARD";
      HostPortScanLevel2["UnknownValue"] = "UNKNOWN_VALUE";
    })(HostPortScanLevel = exports.HostPortScanLevel || (exports.HostPortScanLevel = {}));
    (function(HostPortScanLevel2) {
      function getJsonObj(obj) {
        return obj;
      }
      HostPortScanLevel2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      HostPortScanLevel2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostPortScanLevel = exports.HostPortScanLevel || (exports.HostPortScanLevel = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-port-scan-result.js
var require_host_port_scan_result = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-port-scan-result.js"(exports) {
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
    exports.HostPortScanResult = void 0;
    var model = __importStar(require_model());
    var HostPortScanResult;
    (function(HostPortScanResult2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "openPorts": obj.openPorts ? obj.openPorts.map((item) => {
            return model.HostPortScanResultOpenPort.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostPortScanResult2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "openPorts": obj.openPorts ? obj.openPorts.map((item) => {
            return model.HostPortScanResultOpenPort.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostPortScanResult2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostPortScanResult = exports.HostPortScanResult || (exports.HostPortScanResult = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-port-scan-result-open-port.js
var require_host_port_scan_result_open_port = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-port-scan-result-open-port.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HostPortScanResultOpenPort = void 0;
    var HostPortScanResultOpenPort;
    (function(HostPortScanResultOpenPort2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostPortScanResultOpenPort2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostPortScanResultOpenPort2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostPortScanResultOpenPort = exports.HostPortScanResultOpenPort || (exports.HostPortScanResultOpenPort = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-port-scan-result-sort-by.js
var require_host_port_scan_result_sort_by = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-port-scan-result-sort-by.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HostPortScanResultSortBy = void 0;
    var HostPortScanResultSortBy;
    (function(HostPortScanResultSortBy2) {
      HostPortScanResultSortBy2["TimeStarted"] = "timeStarted";
      HostPortScanResultSortBy2["TimeFinished"] = "timeFinished";
      HostPortScanResultSortBy2["OpenPortCount"] = "openPortCount";
      HostPortScanResultSortBy2["HighestProblemSeverity"] = "highestProblemSeverity";
      HostPortScanResultSortBy2["TimeCompleted"] = "timeCompleted";
    })(HostPortScanResultSortBy = exports.HostPortScanResultSortBy || (exports.HostPortScanResultSortBy = {}));
    (function(HostPortScanResultSortBy2) {
      function getJsonObj(obj) {
        return obj;
      }
      HostPortScanResultSortBy2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      HostPortScanResultSortBy2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostPortScanResultSortBy = exports.HostPortScanResultSortBy || (exports.HostPortScanResultSortBy = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-port-scan-result-summary.js
var require_host_port_scan_result_summary = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-port-scan-result-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HostPortScanResultSummary = void 0;
    var HostPortScanResultSummary;
    (function(HostPortScanResultSummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostPortScanResultSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostPortScanResultSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostPortScanResultSummary = exports.HostPortScanResultSummary || (exports.HostPortScanResultSummary = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-port-scan-result-summary-collection.js
var require_host_port_scan_result_summary_collection = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-port-scan-result-summary-collection.js"(exports) {
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
    exports.HostPortScanResultSummaryCollection = void 0;
    var model = __importStar(require_model());
    var HostPortScanResultSummaryCollection;
    (function(HostPortScanResultSummaryCollection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.HostPortScanResultSummary.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostPortScanResultSummaryCollection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.HostPortScanResultSummary.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostPortScanResultSummaryCollection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostPortScanResultSummaryCollection = exports.HostPortScanResultSummaryCollection || (exports.HostPortScanResultSummaryCollection = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-scan-agent-configuration.js
var require_host_scan_agent_configuration = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-scan-agent-configuration.js"(exports) {
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
    exports.HostScanAgentConfiguration = void 0;
    var model = __importStar(require_model());
    var common = require_oci_common();
    var HostScanAgentConfiguration;
    (function(HostScanAgentConfiguration2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        if (obj && "vendor" in obj && obj.vendor) {
          switch (obj.vendor) {
            case "QUALYS":
              return model.HostScanAgentConfigurationQualys.getJsonObj(jsonObj, true);
            case "OCI":
              return model.HostScanAgentConfigurationOCI.getJsonObj(jsonObj, true);
            default:
              if (common.LOG.logger)
                common.LOG.logger.info(`Unknown value for: ${obj.vendor}`);
          }
        }
        return jsonObj;
      }
      HostScanAgentConfiguration2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        if (obj && "vendor" in obj && obj.vendor) {
          switch (obj.vendor) {
            case "QUALYS":
              return model.HostScanAgentConfigurationQualys.getDeserializedJsonObj(jsonObj, true);
            case "OCI":
              return model.HostScanAgentConfigurationOCI.getDeserializedJsonObj(jsonObj, true);
            default:
              if (common.LOG.logger)
                common.LOG.logger.info(`Unknown value for: ${obj.vendor}`);
          }
        }
        return jsonObj;
      }
      HostScanAgentConfiguration2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostScanAgentConfiguration = exports.HostScanAgentConfiguration || (exports.HostScanAgentConfiguration = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-scan-agent-settings.js
var require_host_scan_agent_settings = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-scan-agent-settings.js"(exports) {
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
    exports.HostScanAgentSettings = void 0;
    var model = __importStar(require_model());
    var HostScanAgentSettings;
    (function(HostScanAgentSettings2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "agentConfiguration": obj.agentConfiguration ? model.HostScanAgentConfiguration.getJsonObj(obj.agentConfiguration) : void 0
        });
        return jsonObj;
      }
      HostScanAgentSettings2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "agentConfiguration": obj.agentConfiguration ? model.HostScanAgentConfiguration.getDeserializedJsonObj(obj.agentConfiguration) : void 0
        });
        return jsonObj;
      }
      HostScanAgentSettings2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostScanAgentSettings = exports.HostScanAgentSettings || (exports.HostScanAgentSettings = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-scan-port-settings.js
var require_host_scan_port_settings = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-scan-port-settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HostScanPortSettings = void 0;
    var HostScanPortSettings;
    (function(HostScanPortSettings2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostScanPortSettings2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostScanPortSettings2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostScanPortSettings = exports.HostScanPortSettings || (exports.HostScanPortSettings = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-scan-recipe.js
var require_host_scan_recipe = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-scan-recipe.js"(exports) {
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
    exports.HostScanRecipe = void 0;
    var model = __importStar(require_model());
    var HostScanRecipe;
    (function(HostScanRecipe2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "portSettings": obj.portSettings ? model.HostScanPortSettings.getJsonObj(obj.portSettings) : void 0,
          "agentSettings": obj.agentSettings ? model.HostScanAgentSettings.getJsonObj(obj.agentSettings) : void 0,
          "applicationSettings": obj.applicationSettings ? model.ApplicationScanSettings.getJsonObj(obj.applicationSettings) : void 0,
          "schedule": obj.schedule ? model.Schedule.getJsonObj(obj.schedule) : void 0
        });
        return jsonObj;
      }
      HostScanRecipe2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "portSettings": obj.portSettings ? model.HostScanPortSettings.getDeserializedJsonObj(obj.portSettings) : void 0,
          "agentSettings": obj.agentSettings ? model.HostScanAgentSettings.getDeserializedJsonObj(obj.agentSettings) : void 0,
          "applicationSettings": obj.applicationSettings ? model.ApplicationScanSettings.getDeserializedJsonObj(obj.applicationSettings) : void 0,
          "schedule": obj.schedule ? model.Schedule.getDeserializedJsonObj(obj.schedule) : void 0
        });
        return jsonObj;
      }
      HostScanRecipe2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostScanRecipe = exports.HostScanRecipe || (exports.HostScanRecipe = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-scan-recipe-summary.js
var require_host_scan_recipe_summary = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-scan-recipe-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HostScanRecipeSummary = void 0;
    var HostScanRecipeSummary;
    (function(HostScanRecipeSummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostScanRecipeSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostScanRecipeSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostScanRecipeSummary = exports.HostScanRecipeSummary || (exports.HostScanRecipeSummary = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-scan-recipe-summary-collection.js
var require_host_scan_recipe_summary_collection = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-scan-recipe-summary-collection.js"(exports) {
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
    exports.HostScanRecipeSummaryCollection = void 0;
    var model = __importStar(require_model());
    var HostScanRecipeSummaryCollection;
    (function(HostScanRecipeSummaryCollection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.HostScanRecipeSummary.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostScanRecipeSummaryCollection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.HostScanRecipeSummary.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostScanRecipeSummaryCollection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostScanRecipeSummaryCollection = exports.HostScanRecipeSummaryCollection || (exports.HostScanRecipeSummaryCollection = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-scan-target.js
var require_host_scan_target = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-scan-target.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HostScanTarget = void 0;
    var HostScanTarget;
    (function(HostScanTarget2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostScanTarget2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostScanTarget2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostScanTarget = exports.HostScanTarget || (exports.HostScanTarget = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-scan-target-error-summary.js
var require_host_scan_target_error_summary = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-scan-target-error-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HostScanTargetErrorSummary = void 0;
    var HostScanTargetErrorSummary;
    (function(HostScanTargetErrorSummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostScanTargetErrorSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostScanTargetErrorSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostScanTargetErrorSummary = exports.HostScanTargetErrorSummary || (exports.HostScanTargetErrorSummary = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-scan-target-error-summary-collection.js
var require_host_scan_target_error_summary_collection = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-scan-target-error-summary-collection.js"(exports) {
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
    exports.HostScanTargetErrorSummaryCollection = void 0;
    var model = __importStar(require_model());
    var HostScanTargetErrorSummaryCollection;
    (function(HostScanTargetErrorSummaryCollection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.HostScanTargetErrorSummary.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostScanTargetErrorSummaryCollection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.HostScanTargetErrorSummary.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostScanTargetErrorSummaryCollection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostScanTargetErrorSummaryCollection = exports.HostScanTargetErrorSummaryCollection || (exports.HostScanTargetErrorSummaryCollection = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-scan-target-summary.js
var require_host_scan_target_summary = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-scan-target-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HostScanTargetSummary = void 0;
    var HostScanTargetSummary;
    (function(HostScanTargetSummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostScanTargetSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostScanTargetSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostScanTargetSummary = exports.HostScanTargetSummary || (exports.HostScanTargetSummary = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-scan-target-summary-collection.js
var require_host_scan_target_summary_collection = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-scan-target-summary-collection.js"(exports) {
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
    exports.HostScanTargetSummaryCollection = void 0;
    var model = __importStar(require_model());
    var HostScanTargetSummaryCollection;
    (function(HostScanTargetSummaryCollection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.HostScanTargetSummary.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostScanTargetSummaryCollection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.HostScanTargetSummary.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostScanTargetSummaryCollection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostScanTargetSummaryCollection = exports.HostScanTargetSummaryCollection || (exports.HostScanTargetSummaryCollection = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-vulnerability.js
var require_host_vulnerability = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-vulnerability.js"(exports) {
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
    exports.HostVulnerability = void 0;
    var model = __importStar(require_model());
    var HostVulnerability;
    (function(HostVulnerability2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "cveDetails": obj.cveDetails ? model.CveDetails.getJsonObj(obj.cveDetails) : void 0
        });
        return jsonObj;
      }
      HostVulnerability2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "cveDetails": obj.cveDetails ? model.CveDetails.getDeserializedJsonObj(obj.cveDetails) : void 0
        });
        return jsonObj;
      }
      HostVulnerability2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostVulnerability = exports.HostVulnerability || (exports.HostVulnerability = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-vulnerability-impacted-host-summary.js
var require_host_vulnerability_impacted_host_summary = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-vulnerability-impacted-host-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HostVulnerabilityImpactedHostSummary = void 0;
    var HostVulnerabilityImpactedHostSummary;
    (function(HostVulnerabilityImpactedHostSummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostVulnerabilityImpactedHostSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostVulnerabilityImpactedHostSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostVulnerabilityImpactedHostSummary = exports.HostVulnerabilityImpactedHostSummary || (exports.HostVulnerabilityImpactedHostSummary = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-vulnerability-impacted-host-summary-collection.js
var require_host_vulnerability_impacted_host_summary_collection = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-vulnerability-impacted-host-summary-collection.js"(exports) {
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
    exports.HostVulnerabilityImpactedHostSummaryCollection = void 0;
    var model = __importStar(require_model());
    var HostVulnerabilityImpactedHostSummaryCollection;
    (function(HostVulnerabilityImpactedHostSummaryCollection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.HostVulnerabilityImpactedHostSummary.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostVulnerabilityImpactedHostSummaryCollection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.HostVulnerabilityImpactedHostSummary.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostVulnerabilityImpactedHostSummaryCollection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostVulnerabilityImpactedHostSummaryCollection = exports.HostVulnerabilityImpactedHostSummaryCollection || (exports.HostVulnerabilityImpactedHostSummaryCollection = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-vulnerability-sort-by.js
var require_host_vulnerability_sort_by = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-vulnerability-sort-by.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HostVulnerabilitySortBy = void 0;
    var HostVulnerabilitySortBy;
    (function(HostVulnerabilitySortBy2) {
      HostVulnerabilitySortBy2["Name"] = "name";
      HostVulnerabilitySortBy2["Severity"] = "severity";
      HostVulnerabilitySortBy2["ImpactedHosts"] = "impactedHosts";
      HostVulnerabilitySortBy2["FirstDetected"] = "firstDetected";
      HostVulnerabilitySortBy2["LastDetected"] = "lastDetected";
    })(HostVulnerabilitySortBy = exports.HostVulnerabilitySortBy || (exports.HostVulnerabilitySortBy = {}));
    (function(HostVulnerabilitySortBy2) {
      function getJsonObj(obj) {
        return obj;
      }
      HostVulnerabilitySortBy2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      HostVulnerabilitySortBy2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostVulnerabilitySortBy = exports.HostVulnerabilitySortBy || (exports.HostVulnerabilitySortBy = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-vulnerability-summary.js
var require_host_vulnerability_summary = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-vulnerability-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HostVulnerabilitySummary = void 0;
    var HostVulnerabilitySummary;
    (function(HostVulnerabilitySummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostVulnerabilitySummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      HostVulnerabilitySummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostVulnerabilitySummary = exports.HostVulnerabilitySummary || (exports.HostVulnerabilitySummary = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-vulnerability-summary-collection.js
var require_host_vulnerability_summary_collection = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-vulnerability-summary-collection.js"(exports) {
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
    exports.HostVulnerabilitySummaryCollection = void 0;
    var model = __importStar(require_model());
    var HostVulnerabilitySummaryCollection;
    (function(HostVulnerabilitySummaryCollection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.HostVulnerabilitySummary.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostVulnerabilitySummaryCollection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.HostVulnerabilitySummary.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      HostVulnerabilitySummaryCollection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostVulnerabilitySummaryCollection = exports.HostVulnerabilitySummaryCollection || (exports.HostVulnerabilitySummaryCollection = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/impacted-host-sort-by.js
var require_impacted_host_sort_by = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/impacted-host-sort-by.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ImpactedHostSortBy = void 0;
    var ImpactedHostSortBy;
    (function(ImpactedHostSortBy2) {
      ImpactedHostSortBy2["InstanceId"] = "instanceId";
    })(ImpactedHostSortBy = exports.ImpactedHostSortBy || (exports.ImpactedHostSortBy = {}));
    (function(ImpactedHostSortBy2) {
      function getJsonObj(obj) {
        return obj;
      }
      ImpactedHostSortBy2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      ImpactedHostSortBy2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ImpactedHostSortBy = exports.ImpactedHostSortBy || (exports.ImpactedHostSortBy = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/impacted-resources-count.js
var require_impacted_resources_count = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/impacted-resources-count.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ImpactedResourcesCount = void 0;
    var ImpactedResourcesCount;
    (function(ImpactedResourcesCount2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ImpactedResourcesCount2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      ImpactedResourcesCount2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ImpactedResourcesCount = exports.ImpactedResourcesCount || (exports.ImpactedResourcesCount = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/lifecycle-state.js
var require_lifecycle_state = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/lifecycle-state.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.LifecycleState = void 0;
    var LifecycleState;
    (function(LifecycleState2) {
      LifecycleState2["Creating"] = "CREATING";
      LifecycleState2["Updating"] = "UPDATING";
      LifecycleState2["Active"] = "ACTIVE";
      LifecycleState2["Deleting"] = "DELETING";
      LifecycleState2["Deleted"] = "DELETED";
      LifecycleState2["Failed"] = "FAILED";
      LifecycleState2["UnknownValue"] = "UNKNOWN_VALUE";
    })(LifecycleState = exports.LifecycleState || (exports.LifecycleState = {}));
    (function(LifecycleState2) {
      function getJsonObj(obj) {
        return obj;
      }
      LifecycleState2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      LifecycleState2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(LifecycleState = exports.LifecycleState || (exports.LifecycleState = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/operating-system.js
var require_operating_system = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/operating-system.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.OperatingSystem = void 0;
    var OperatingSystem;
    (function(OperatingSystem2) {
      OperatingSystem2["Linux"] = "LINUX";
      OperatingSystem2["Windows"] = "WINDOWS";
      OperatingSystem2["UnknownValue"] = "UNKNOWN_VALUE";
    })(OperatingSystem = exports.OperatingSystem || (exports.OperatingSystem = {}));
    (function(OperatingSystem2) {
      function getJsonObj(obj) {
        return obj;
      }
      OperatingSystem2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      OperatingSystem2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(OperatingSystem = exports.OperatingSystem || (exports.OperatingSystem = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/operation-status.js
var require_operation_status = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/operation-status.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.OperationStatus = void 0;
    var OperationStatus;
    (function(OperationStatus2) {
      OperationStatus2["Accepted"] = "ACCEPTED";
      OperationStatus2["InProgress"] = "IN_PROGRESS";
      OperationStatus2["Failed"] = "FAILED";
      OperationStatus2["Succeeded"] = "SUCCEEDED";
      OperationStatus2["UnknownValue"] = "UNKNOWN_VALUE";
    })(OperationStatus = exports.OperationStatus || (exports.OperationStatus = {}));
    (function(OperationStatus2) {
      function getJsonObj(obj) {
        return obj;
      }
      OperationStatus2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      OperationStatus2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(OperationStatus = exports.OperationStatus || (exports.OperationStatus = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/operation-type.js
var require_operation_type = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/operation-type.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.OperationType = void 0;
    var OperationType;
    (function(OperationType2) {
      OperationType2["CreateHostScanRecipe"] = "CREATE_HOST_SCAN_RECIPE";
      OperationType2["UpdateHostScanRecipe"] = "UPDATE_HOST_SCAN_RECIPE";
      OperationType2["DeleteHostScanRecipe"] = "DELETE_HOST_SCAN_RECIPE";
      OperationType2["CreateHostScanTarget"] = "CREATE_HOST_SCAN_TARGET";
      OperationType2["UpdateHostScanTarget"] = "UPDATE_HOST_SCAN_TARGET";
      OperationType2["DeleteHostScanTarget"] = "DELETE_HOST_SCAN_TARGET";
      OperationType2["CreateContainerScanRecipe"] = "CREATE_CONTAINER_SCAN_RECIPE";
      OperationType2["UpdateContainerScanRecipe"] = "UPDATE_CONTAINER_SCAN_RECIPE";
      OperationType2["DeleteContainerScanRecipe"] = "DELETE_CONTAINER_SCAN_RECIPE";
      OperationType2["CreateContainerScanTarget"] = "CREATE_CONTAINER_SCAN_TARGET";
      OperationType2["UpdateContainerScanTarget"] = "UPDATE_CONTAINER_SCAN_TARGET";
      OperationType2["DeleteContainerScanTarget"] = "DELETE_CONTAINER_SCAN_TARGET";
      OperationType2["DeleteHostAgentScanResult"] = "DELETE_HOST_AGENT_SCAN_RESULT";
      OperationType2["DeleteHostPortScanResult"] = "DELETE_HOST_PORT_SCAN_RESULT";
      OperationType2["DeleteHostCisBenchmarkScanResult"] = "DELETE_HOST_CIS_BENCHMARK_SCAN_RESULT";
      OperationType2["DeleteContainerScanResult"] = "DELETE_CONTAINER_SCAN_RESULT";
      OperationType2["UnknownValue"] = "UNKNOWN_VALUE";
    })(OperationType = exports.OperationType || (exports.OperationType = {}));
    (function(OperationType2) {
      function getJsonObj(obj) {
        return obj;
      }
      OperationType2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      OperationType2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(OperationType = exports.OperationType || (exports.OperationType = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/package.js
var require_package = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/package.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Package = void 0;
    var Package;
    (function(Package2) {
      let Type;
      (function(Type2) {
        Type2["Java"] = "JAVA";
        Type2["Apk"] = "APK";
        Type2["Rpm"] = "RPM";
        Type2["Deb"] = "DEB";
        Type2["Go"] = "GO";
        Type2["Npm"] = "NPM";
        Type2["Python"] = "PYTHON";
        Type2["Rust"] = "RUST";
        Type2["PhpComposer"] = "PHP_COMPOSER";
        Type2["Gem"] = "GEM";
        Type2["MsrcKb"] = "MSRC_KB";
        Type2["UnknownValue"] = "UNKNOWN_VALUE";
      })(Type = Package2.Type || (Package2.Type = {}));
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      Package2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      Package2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(Package = exports.Package || (exports.Package = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/scan-result-problem-severity.js
var require_scan_result_problem_severity = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/scan-result-problem-severity.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ScanResultProblemSeverity = void 0;
    var ScanResultProblemSeverity;
    (function(ScanResultProblemSeverity2) {
      ScanResultProblemSeverity2["None"] = "NONE";
      ScanResultProblemSeverity2["Low"] = "LOW";
      ScanResultProblemSeverity2["Medium"] = "MEDIUM";
      ScanResultProblemSeverity2["High"] = "HIGH";
      ScanResultProblemSeverity2["Critical"] = "CRITICAL";
      ScanResultProblemSeverity2["UnknownValue"] = "UNKNOWN_VALUE";
    })(ScanResultProblemSeverity = exports.ScanResultProblemSeverity || (exports.ScanResultProblemSeverity = {}));
    (function(ScanResultProblemSeverity2) {
      function getJsonObj(obj) {
        return obj;
      }
      ScanResultProblemSeverity2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      ScanResultProblemSeverity2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ScanResultProblemSeverity = exports.ScanResultProblemSeverity || (exports.ScanResultProblemSeverity = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/scan-result-score.js
var require_scan_result_score = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/scan-result-score.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ScanResultScore = void 0;
    var ScanResultScore;
    (function(ScanResultScore2) {
      ScanResultScore2["Pass"] = "PASS";
      ScanResultScore2["Fail"] = "FAIL";
      ScanResultScore2["UnknownValue"] = "UNKNOWN_VALUE";
    })(ScanResultScore = exports.ScanResultScore || (exports.ScanResultScore = {}));
    (function(ScanResultScore2) {
      function getJsonObj(obj) {
        return obj;
      }
      ScanResultScore2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      ScanResultScore2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ScanResultScore = exports.ScanResultScore || (exports.ScanResultScore = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/scan-result-vulnerability-state.js
var require_scan_result_vulnerability_state = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/scan-result-vulnerability-state.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ScanResultVulnerabilityState = void 0;
    var ScanResultVulnerabilityState;
    (function(ScanResultVulnerabilityState2) {
      ScanResultVulnerabilityState2["Open"] = "OPEN";
      ScanResultVulnerabilityState2["Fixed"] = "FIXED";
      ScanResultVulnerabilityState2["NotApplicable"] = "NOT_APPLICABLE";
      ScanResultVulnerabilityState2["UnknownValue"] = "UNKNOWN_VALUE";
    })(ScanResultVulnerabilityState = exports.ScanResultVulnerabilityState || (exports.ScanResultVulnerabilityState = {}));
    (function(ScanResultVulnerabilityState2) {
      function getJsonObj(obj) {
        return obj;
      }
      ScanResultVulnerabilityState2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      ScanResultVulnerabilityState2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ScanResultVulnerabilityState = exports.ScanResultVulnerabilityState || (exports.ScanResultVulnerabilityState = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/schedule.js
var require_schedule = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/schedule.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Schedule = void 0;
    var Schedule;
    (function(Schedule2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      Schedule2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      Schedule2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(Schedule = exports.Schedule || (exports.Schedule = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/schedule-type.js
var require_schedule_type = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/schedule-type.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ScheduleType = void 0;
    var ScheduleType;
    (function(ScheduleType2) {
      ScheduleType2["Daily"] = "DAILY";
      ScheduleType2["Weekly"] = "WEEKLY";
      ScheduleType2["UnknownValue"] = "UNKNOWN_VALUE";
    })(ScheduleType = exports.ScheduleType || (exports.ScheduleType = {}));
    (function(ScheduleType2) {
      function getJsonObj(obj) {
        return obj;
      }
      ScheduleType2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      ScheduleType2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(ScheduleType = exports.ScheduleType || (exports.ScheduleType = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/sort-by.js
var require_sort_by = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/sort-by.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SortBy = void 0;
    var SortBy;
    (function(SortBy2) {
      SortBy2["TimeCreated"] = "timeCreated";
      SortBy2["DisplayName"] = "displayName";
    })(SortBy = exports.SortBy || (exports.SortBy = {}));
    (function(SortBy2) {
      function getJsonObj(obj) {
        return obj;
      }
      SortBy2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      SortBy2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(SortBy = exports.SortBy || (exports.SortBy = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/sort-by-time.js
var require_sort_by_time = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/sort-by-time.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SortByTime = void 0;
    var SortByTime;
    (function(SortByTime2) {
      SortByTime2["TimeUpdated"] = "timeUpdated";
    })(SortByTime = exports.SortByTime || (exports.SortByTime = {}));
    (function(SortByTime2) {
      function getJsonObj(obj) {
        return obj;
      }
      SortByTime2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      SortByTime2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(SortByTime = exports.SortByTime || (exports.SortByTime = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/sort-order.js
var require_sort_order = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/sort-order.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SortOrder = void 0;
    var SortOrder;
    (function(SortOrder2) {
      SortOrder2["Asc"] = "ASC";
      SortOrder2["Desc"] = "DESC";
    })(SortOrder = exports.SortOrder || (exports.SortOrder = {}));
    (function(SortOrder2) {
      function getJsonObj(obj) {
        return obj;
      }
      SortOrder2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      SortOrder2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(SortOrder = exports.SortOrder || (exports.SortOrder = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/update-container-scan-recipe-details.js
var require_update_container_scan_recipe_details = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/update-container-scan-recipe-details.js"(exports) {
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
    exports.UpdateContainerScanRecipeDetails = void 0;
    var model = __importStar(require_model());
    var UpdateContainerScanRecipeDetails;
    (function(UpdateContainerScanRecipeDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "scanSettings": obj.scanSettings ? model.ContainerScanSettings.getJsonObj(obj.scanSettings) : void 0
        });
        return jsonObj;
      }
      UpdateContainerScanRecipeDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "scanSettings": obj.scanSettings ? model.ContainerScanSettings.getDeserializedJsonObj(obj.scanSettings) : void 0
        });
        return jsonObj;
      }
      UpdateContainerScanRecipeDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(UpdateContainerScanRecipeDetails = exports.UpdateContainerScanRecipeDetails || (exports.UpdateContainerScanRecipeDetails = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/update-container-scan-registry-details.js
var require_update_container_scan_registry_details = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/update-container-scan-registry-details.js"(exports) {
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
    exports.UpdateContainerScanRegistryDetails = void 0;
    var model = __importStar(require_model());
    var common = require_oci_common();
    var UpdateContainerScanRegistryDetails;
    (function(UpdateContainerScanRegistryDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        if (obj && "type" in obj && obj.type) {
          switch (obj.type) {
            case "OCIR":
              return model.UpdateOcirContainerScanRegistryDetails.getJsonObj(jsonObj, true);
            default:
              if (common.LOG.logger)
                common.LOG.logger.info(`Unknown value for: ${obj.type}`);
          }
        }
        return jsonObj;
      }
      UpdateContainerScanRegistryDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        if (obj && "type" in obj && obj.type) {
          switch (obj.type) {
            case "OCIR":
              return model.UpdateOcirContainerScanRegistryDetails.getDeserializedJsonObj(jsonObj, true);
            default:
              if (common.LOG.logger)
                common.LOG.logger.info(`Unknown value for: ${obj.type}`);
          }
        }
        return jsonObj;
      }
      UpdateContainerScanRegistryDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(UpdateContainerScanRegistryDetails = exports.UpdateContainerScanRegistryDetails || (exports.UpdateContainerScanRegistryDetails = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/update-container-scan-target-details.js
var require_update_container_scan_target_details = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/update-container-scan-target-details.js"(exports) {
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
    exports.UpdateContainerScanTargetDetails = void 0;
    var model = __importStar(require_model());
    var UpdateContainerScanTargetDetails;
    (function(UpdateContainerScanTargetDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "targetRegistry": obj.targetRegistry ? model.UpdateContainerScanRegistryDetails.getJsonObj(obj.targetRegistry) : void 0
        });
        return jsonObj;
      }
      UpdateContainerScanTargetDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "targetRegistry": obj.targetRegistry ? model.UpdateContainerScanRegistryDetails.getDeserializedJsonObj(obj.targetRegistry) : void 0
        });
        return jsonObj;
      }
      UpdateContainerScanTargetDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(UpdateContainerScanTargetDetails = exports.UpdateContainerScanTargetDetails || (exports.UpdateContainerScanTargetDetails = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/update-host-scan-recipe-details.js
var require_update_host_scan_recipe_details = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/update-host-scan-recipe-details.js"(exports) {
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
    exports.UpdateHostScanRecipeDetails = void 0;
    var model = __importStar(require_model());
    var UpdateHostScanRecipeDetails;
    (function(UpdateHostScanRecipeDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "portSettings": obj.portSettings ? model.HostScanPortSettings.getJsonObj(obj.portSettings) : void 0,
          "agentSettings": obj.agentSettings ? model.HostScanAgentSettings.getJsonObj(obj.agentSettings) : void 0,
          "applicationSettings": obj.applicationSettings ? model.ApplicationScanSettings.getJsonObj(obj.applicationSettings) : void 0,
          "schedule": obj.schedule ? model.Schedule.getJsonObj(obj.schedule) : void 0
        });
        return jsonObj;
      }
      UpdateHostScanRecipeDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "portSettings": obj.portSettings ? model.HostScanPortSettings.getDeserializedJsonObj(obj.portSettings) : void 0,
          "agentSettings": obj.agentSettings ? model.HostScanAgentSettings.getDeserializedJsonObj(obj.agentSettings) : void 0,
          "applicationSettings": obj.applicationSettings ? model.ApplicationScanSettings.getDeserializedJsonObj(obj.applicationSettings) : void 0,
          "schedule": obj.schedule ? model.Schedule.getDeserializedJsonObj(obj.schedule) : void 0
        });
        return jsonObj;
      }
      UpdateHostScanRecipeDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(UpdateHostScanRecipeDetails = exports.UpdateHostScanRecipeDetails || (exports.UpdateHostScanRecipeDetails = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/update-host-scan-target-details.js
var require_update_host_scan_target_details = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/update-host-scan-target-details.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.UpdateHostScanTargetDetails = void 0;
    var UpdateHostScanTargetDetails;
    (function(UpdateHostScanTargetDetails2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateHostScanTargetDetails2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      UpdateHostScanTargetDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(UpdateHostScanTargetDetails = exports.UpdateHostScanTargetDetails || (exports.UpdateHostScanTargetDetails = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/vendor-type.js
var require_vendor_type = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/vendor-type.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.VendorType = void 0;
    var VendorType;
    (function(VendorType2) {
      VendorType2["Oci"] = "OCI";
      VendorType2["Qualys"] = "QUALYS";
      VendorType2["UnknownValue"] = "UNKNOWN_VALUE";
    })(VendorType = exports.VendorType || (exports.VendorType = {}));
    (function(VendorType2) {
      function getJsonObj(obj) {
        return obj;
      }
      VendorType2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      VendorType2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(VendorType = exports.VendorType || (exports.VendorType = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/vulnerability.js
var require_vulnerability = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/vulnerability.js"(exports) {
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
    exports.Vulnerability = void 0;
    var model = __importStar(require_model());
    var Vulnerability;
    (function(Vulnerability2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "cveDetails": obj.cveDetails ? model.CveDetails.getJsonObj(obj.cveDetails) : void 0,
          "impactedResourcesCount": obj.impactedResourcesCount ? model.ImpactedResourcesCount.getJsonObj(obj.impactedResourcesCount) : void 0
        });
        return jsonObj;
      }
      Vulnerability2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "cveDetails": obj.cveDetails ? model.CveDetails.getDeserializedJsonObj(obj.cveDetails) : void 0,
          "impactedResourcesCount": obj.impactedResourcesCount ? model.ImpactedResourcesCount.getDeserializedJsonObj(obj.impactedResourcesCount) : void 0
        });
        return jsonObj;
      }
      Vulnerability2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(Vulnerability = exports.Vulnerability || (exports.Vulnerability = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/vulnerability-impacted-container-summary.js
var require_vulnerability_impacted_container_summary = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/vulnerability-impacted-container-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.VulnerabilityImpactedContainerSummary = void 0;
    var VulnerabilityImpactedContainerSummary;
    (function(VulnerabilityImpactedContainerSummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      VulnerabilityImpactedContainerSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      VulnerabilityImpactedContainerSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(VulnerabilityImpactedContainerSummary = exports.VulnerabilityImpactedContainerSummary || (exports.VulnerabilityImpactedContainerSummary = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/vulnerability-impacted-container-summary-collection.js
var require_vulnerability_impacted_container_summary_collection = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/vulnerability-impacted-container-summary-collection.js"(exports) {
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
    exports.VulnerabilityImpactedContainerSummaryCollection = void 0;
    var model = __importStar(require_model());
    var VulnerabilityImpactedContainerSummaryCollection;
    (function(VulnerabilityImpactedContainerSummaryCollection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.VulnerabilityImpactedContainerSummary.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      VulnerabilityImpactedContainerSummaryCollection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.VulnerabilityImpactedContainerSummary.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      VulnerabilityImpactedContainerSummaryCollection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(VulnerabilityImpactedContainerSummaryCollection = exports.VulnerabilityImpactedContainerSummaryCollection || (exports.VulnerabilityImpactedContainerSummaryCollection = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/vulnerability-impacted-host-summary.js
var require_vulnerability_impacted_host_summary = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/vulnerability-impacted-host-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.VulnerabilityImpactedHostSummary = void 0;
    var VulnerabilityImpactedHostSummary;
    (function(VulnerabilityImpactedHostSummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      VulnerabilityImpactedHostSummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {});
        return jsonObj;
      }
      VulnerabilityImpactedHostSummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(VulnerabilityImpactedHostSummary = exports.VulnerabilityImpactedHostSummary || (exports.VulnerabilityImpactedHostSummary = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/vulnerability-impacted-host-summary-collection.js
var require_vulnerability_impacted_host_summary_collection = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/vulnerability-impacted-host-summary-collection.js"(exports) {
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
    exports.VulnerabilityImpactedHostSummaryCollection = void 0;
    var model = __importStar(require_model());
    var VulnerabilityImpactedHostSummaryCollection;
    (function(VulnerabilityImpactedHostSummaryCollection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.VulnerabilityImpactedHostSummary.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      VulnerabilityImpactedHostSummaryCollection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.VulnerabilityImpactedHostSummary.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      VulnerabilityImpactedHostSummaryCollection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(VulnerabilityImpactedHostSummaryCollection = exports.VulnerabilityImpactedHostSummaryCollection || (exports.VulnerabilityImpactedHostSummaryCollection = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/vulnerability-summary.js
var require_vulnerability_summary = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/vulnerability-summary.js"(exports) {
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
    exports.VulnerabilitySummary = void 0;
    var model = __importStar(require_model());
    var VulnerabilitySummary;
    (function(VulnerabilitySummary2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "impactedResourcesCount": obj.impactedResourcesCount ? model.ImpactedResourcesCount.getJsonObj(obj.impactedResourcesCount) : void 0
        });
        return jsonObj;
      }
      VulnerabilitySummary2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "impactedResourcesCount": obj.impactedResourcesCount ? model.ImpactedResourcesCount.getDeserializedJsonObj(obj.impactedResourcesCount) : void 0
        });
        return jsonObj;
      }
      VulnerabilitySummary2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(VulnerabilitySummary = exports.VulnerabilitySummary || (exports.VulnerabilitySummary = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/vulnerability-summary-collection.js
var require_vulnerability_summary_collection = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/vulnerability-summary-collection.js"(exports) {
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
    exports.VulnerabilitySummaryCollection = void 0;
    var model = __importStar(require_model());
    var VulnerabilitySummaryCollection;
    (function(VulnerabilitySummaryCollection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.VulnerabilitySummary.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      VulnerabilitySummaryCollection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.VulnerabilitySummary.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      VulnerabilitySummaryCollection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(VulnerabilitySummaryCollection = exports.VulnerabilitySummaryCollection || (exports.VulnerabilitySummaryCollection = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/vulnerability-type.js
var require_vulnerability_type = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/vulnerability-type.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.VulnerabilityType = void 0;
    var VulnerabilityType;
    (function(VulnerabilityType2) {
      VulnerabilityType2["Cve"] = "CVE";
      VulnerabilityType2["Problem"] = "PROBLEM";
      VulnerabilityType2["UnknownValue"] = "UNKNOWN_VALUE";
    })(VulnerabilityType = exports.VulnerabilityType || (exports.VulnerabilityType = {}));
    (function(VulnerabilityType2) {
      function getJsonObj(obj) {
        return obj;
      }
      VulnerabilityType2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        return obj;
      }
      VulnerabilityType2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(VulnerabilityType = exports.VulnerabilityType || (exports.VulnerabilityType = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/work-request.js
var require_work_request = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/work-request.js"(exports) {
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

// node_modules/oci-vulnerabilityscanning/lib/model/work-request-collection.js
var require_work_request_collection = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/work-request-collection.js"(exports) {
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
    exports.WorkRequestCollection = void 0;
    var model = __importStar(require_model());
    var WorkRequestCollection;
    (function(WorkRequestCollection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.WorkRequest.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      WorkRequestCollection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.WorkRequest.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      WorkRequestCollection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(WorkRequestCollection = exports.WorkRequestCollection || (exports.WorkRequestCollection = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/work-request-error.js
var require_work_request_error = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/work-request-error.js"(exports) {
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

// node_modules/oci-vulnerabilityscanning/lib/model/work-request-error-collection.js
var require_work_request_error_collection = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/work-request-error-collection.js"(exports) {
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
    exports.WorkRequestErrorCollection = void 0;
    var model = __importStar(require_model());
    var WorkRequestErrorCollection;
    (function(WorkRequestErrorCollection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.WorkRequestError.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      WorkRequestErrorCollection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.WorkRequestError.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      WorkRequestErrorCollection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(WorkRequestErrorCollection = exports.WorkRequestErrorCollection || (exports.WorkRequestErrorCollection = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/work-request-log-entry.js
var require_work_request_log_entry = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/work-request-log-entry.js"(exports) {
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

// node_modules/oci-vulnerabilityscanning/lib/model/work-request-log-entry-collection.js
var require_work_request_log_entry_collection = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/work-request-log-entry-collection.js"(exports) {
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
    exports.WorkRequestLogEntryCollection = void 0;
    var model = __importStar(require_model());
    var WorkRequestLogEntryCollection;
    (function(WorkRequestLogEntryCollection2) {
      function getJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.WorkRequestLogEntry.getJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      WorkRequestLogEntryCollection2.getJsonObj = getJsonObj;
      function getDeserializedJsonObj(obj) {
        const jsonObj = Object.assign(Object.assign({}, obj), {
          "items": obj.items ? obj.items.map((item) => {
            return model.WorkRequestLogEntry.getDeserializedJsonObj(item);
          }) : void 0
        });
        return jsonObj;
      }
      WorkRequestLogEntryCollection2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(WorkRequestLogEntryCollection = exports.WorkRequestLogEntryCollection || (exports.WorkRequestLogEntryCollection = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/work-request-resource.js
var require_work_request_resource = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/work-request-resource.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.WorkRequestResource = void 0;
    var WorkRequestResource;
    (function(WorkRequestResource2) {
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

// node_modules/oci-vulnerabilityscanning/lib/model/create-ocir-container-scan-registry-details.js
var require_create_ocir_container_scan_registry_details = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/create-ocir-container-scan-registry-details.js"(exports) {
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
    exports.CreateOcirContainerScanRegistryDetails = void 0;
    var model = __importStar(require_model());
    var CreateOcirContainerScanRegistryDetails;
    (function(CreateOcirContainerScanRegistryDetails2) {
      function getJsonObj(obj, isParentJsonObj) {
        const jsonObj = Object.assign(Object.assign({}, isParentJsonObj ? obj : model.CreateContainerScanRegistryDetails.getJsonObj(obj)), {});
        return jsonObj;
      }
      CreateOcirContainerScanRegistryDetails2.getJsonObj = getJsonObj;
      CreateOcirContainerScanRegistryDetails2.type = "OCIR";
      function getDeserializedJsonObj(obj, isParentJsonObj) {
        const jsonObj = Object.assign(Object.assign({}, isParentJsonObj ? obj : model.CreateContainerScanRegistryDetails.getDeserializedJsonObj(obj)), {});
        return jsonObj;
      }
      CreateOcirContainerScanRegistryDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(CreateOcirContainerScanRegistryDetails = exports.CreateOcirContainerScanRegistryDetails || (exports.CreateOcirContainerScanRegistryDetails = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-scan-agent-configuration-oc-i.js
var require_host_scan_agent_configuration_oc_i = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-scan-agent-configuration-oc-i.js"(exports) {
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
    exports.HostScanAgentConfigurationOCI = void 0;
    var model = __importStar(require_model());
    var HostScanAgentConfigurationOCI;
    (function(HostScanAgentConfigurationOCI2) {
      function getJsonObj(obj, isParentJsonObj) {
        const jsonObj = Object.assign(Object.assign({}, isParentJsonObj ? obj : model.HostScanAgentConfiguration.getJsonObj(obj)), {
          "cisBenchmarkSettings": obj.cisBenchmarkSettings ? model.HostCisBenchmarkSettings.getJsonObj(obj.cisBenchmarkSettings) : void 0,
          "endpointProtectionSettings": obj.endpointProtectionSettings ? model.HostEndpointProtectionSettings.getJsonObj(obj.endpointProtectionSettings) : void 0
        });
        return jsonObj;
      }
      HostScanAgentConfigurationOCI2.getJsonObj = getJsonObj;
      HostScanAgentConfigurationOCI2.vendor = "OCI";
      function getDeserializedJsonObj(obj, isParentJsonObj) {
        const jsonObj = Object.assign(Object.assign({}, isParentJsonObj ? obj : model.HostScanAgentConfiguration.getDeserializedJsonObj(obj)), {
          "cisBenchmarkSettings": obj.cisBenchmarkSettings ? model.HostCisBenchmarkSettings.getDeserializedJsonObj(obj.cisBenchmarkSettings) : void 0,
          "endpointProtectionSettings": obj.endpointProtectionSettings ? model.HostEndpointProtectionSettings.getDeserializedJsonObj(obj.endpointProtectionSettings) : void 0
        });
        return jsonObj;
      }
      HostScanAgentConfigurationOCI2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostScanAgentConfigurationOCI = exports.HostScanAgentConfigurationOCI || (exports.HostScanAgentConfigurationOCI = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/host-scan-agent-configuration-qualys.js
var require_host_scan_agent_configuration_qualys = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/host-scan-agent-configuration-qualys.js"(exports) {
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
    exports.HostScanAgentConfigurationQualys = void 0;
    var model = __importStar(require_model());
    var HostScanAgentConfigurationQualys;
    (function(HostScanAgentConfigurationQualys2) {
      function getJsonObj(obj, isParentJsonObj) {
        const jsonObj = Object.assign(Object.assign({}, isParentJsonObj ? obj : model.HostScanAgentConfiguration.getJsonObj(obj)), {});
        return jsonObj;
      }
      HostScanAgentConfigurationQualys2.getJsonObj = getJsonObj;
      HostScanAgentConfigurationQualys2.vendor = "QUALYS";
      function getDeserializedJsonObj(obj, isParentJsonObj) {
        const jsonObj = Object.assign(Object.assign({}, isParentJsonObj ? obj : model.HostScanAgentConfiguration.getDeserializedJsonObj(obj)), {});
        return jsonObj;
      }
      HostScanAgentConfigurationQualys2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(HostScanAgentConfigurationQualys = exports.HostScanAgentConfigurationQualys || (exports.HostScanAgentConfigurationQualys = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/ocir-container-scan-registry.js
var require_ocir_container_scan_registry = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/ocir-container-scan-registry.js"(exports) {
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
    exports.OcirContainerScanRegistry = void 0;
    var model = __importStar(require_model());
    var OcirContainerScanRegistry;
    (function(OcirContainerScanRegistry2) {
      function getJsonObj(obj, isParentJsonObj) {
        const jsonObj = Object.assign(Object.assign({}, isParentJsonObj ? obj : model.ContainerScanRegistry.getJsonObj(obj)), {});
        return jsonObj;
      }
      OcirContainerScanRegistry2.getJsonObj = getJsonObj;
      OcirContainerScanRegistry2.type = "OCIR";
      function getDeserializedJsonObj(obj, isParentJsonObj) {
        const jsonObj = Object.assign(Object.assign({}, isParentJsonObj ? obj : model.ContainerScanRegistry.getDeserializedJsonObj(obj)), {});
        return jsonObj;
      }
      OcirContainerScanRegistry2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(OcirContainerScanRegistry = exports.OcirContainerScanRegistry || (exports.OcirContainerScanRegistry = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/update-ocir-container-scan-registry-details.js
var require_update_ocir_container_scan_registry_details = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/update-ocir-container-scan-registry-details.js"(exports) {
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
    exports.UpdateOcirContainerScanRegistryDetails = void 0;
    var model = __importStar(require_model());
    var UpdateOcirContainerScanRegistryDetails;
    (function(UpdateOcirContainerScanRegistryDetails2) {
      function getJsonObj(obj, isParentJsonObj) {
        const jsonObj = Object.assign(Object.assign({}, isParentJsonObj ? obj : model.UpdateContainerScanRegistryDetails.getJsonObj(obj)), {});
        return jsonObj;
      }
      UpdateOcirContainerScanRegistryDetails2.getJsonObj = getJsonObj;
      UpdateOcirContainerScanRegistryDetails2.type = "OCIR";
      function getDeserializedJsonObj(obj, isParentJsonObj) {
        const jsonObj = Object.assign(Object.assign({}, isParentJsonObj ? obj : model.UpdateContainerScanRegistryDetails.getDeserializedJsonObj(obj)), {});
        return jsonObj;
      }
      UpdateOcirContainerScanRegistryDetails2.getDeserializedJsonObj = getDeserializedJsonObj;
    })(UpdateOcirContainerScanRegistryDetails = exports.UpdateOcirContainerScanRegistryDetails || (exports.UpdateOcirContainerScanRegistryDetails = {}));
  }
});

// node_modules/oci-vulnerabilityscanning/lib/model/index.js
var require_model = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/model/index.js"(exports) {
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
    exports.HostEndpointProtectionScanResultEndpointProtection = exports.HostEndpointProtectionScanResult = exports.HostEndpointProtectionScanLevel = exports.HostCisBenchmarkSettings = exports.HostCisBenchmarkScanResultSummaryCollection = exports.HostCisBenchmarkScanResultSummary = exports.HostCisBenchmarkScanResultSortBy = exports.HostCisBenchmarkScanResultScore = exports.HostCisBenchmarkScanResult = exports.HostCisBenchmarkScanLevel = exports.HostAgentScanResultSummaryCollection = exports.HostAgentScanResultSummary = exports.HostAgentScanResultSortBy = exports.HostAgentScanResultProblem = exports.HostAgentScanResult = exports.HostAgentScanLevel = exports.FolderToScan = exports.ExportHostVulnerabilityCsvDetails = exports.ExportHostAgentScanResultCsvDetails = exports.DayOfWeek = exports.CveDetails = exports.CreateHostScanTargetDetails = exports.CreateHostScanRecipeDetails = exports.CreateContainerScanTargetDetails = exports.CreateContainerScanRegistryDetails = exports.CreateContainerScanRecipeDetails = exports.ContainerScanTargetSummaryCollection = exports.ContainerScanTargetSummary = exports.ContainerScanTarget = exports.ContainerScanSettings = exports.ContainerScanResultSummaryCollection = exports.ContainerScanResultSummary = exports.ContainerScanResultSortBy = exports.ContainerScanResultProblem = exports.ContainerScanResult = exports.ContainerScanRegistry = exports.ContainerScanRecipeSummaryCollection = exports.ContainerScanRecipeSummary = exports.ContainerScanRecipe = exports.ChangeHostScanTargetCompartmentDetails = exports.ChangeHostScanRecipeCompartmentDetails = exports.ChangeHostPortScanResultCompartmentDetails = exports.ChangeHostEndpointProtectionScanResultCompartmentDetails = exports.ChangeHostCisBenchmarkScanResultCompartmentDetails = exports.ChangeHostAgentScanResultCompartmentDetails = exports.ChangeContainerScanTargetCompartmentDetails = exports.ChangeContainerScanResultCompartmentDetails = exports.ChangeContainerScanRecipeCompartmentDetails = exports.ApplicationScanSettings = exports.ActionType = void 0;
    exports.VulnerabilityImpactedContainerSummary = exports.Vulnerability = exports.VendorType = exports.UpdateHostScanTargetDetails = exports.UpdateHostScanRecipeDetails = exports.UpdateContainerScanTargetDetails = exports.UpdateContainerScanRegistryDetails = exports.UpdateContainerScanRecipeDetails = exports.SortOrder = exports.SortByTime = exports.SortBy = exports.ScheduleType = exports.Schedule = exports.ScanResultVulnerabilityState = exports.ScanResultScore = exports.ScanResultProblemSeverity = exports.Package = exports.OperationType = exports.OperationStatus = exports.OperatingSystem = exports.LifecycleState = exports.ImpactedResourcesCount = exports.ImpactedHostSortBy = exports.HostVulnerabilitySummaryCollection = exports.HostVulnerabilitySummary = exports.HostVulnerabilitySortBy = exports.HostVulnerabilityImpactedHostSummaryCollection = exports.HostVulnerabilityImpactedHostSummary = exports.HostVulnerability = exports.HostScanTargetSummaryCollection = exports.HostScanTargetSummary = exports.HostScanTargetErrorSummaryCollection = exports.HostScanTargetErrorSummary = exports.HostScanTarget = exports.HostScanRecipeSummaryCollection = exports.HostScanRecipeSummary = exports.HostScanRecipe = exports.HostScanPortSettings = exports.HostScanAgentSettings = exports.HostScanAgentConfiguration = exports.HostPortScanResultSummaryCollection = exports.HostPortScanResultSummary = exports.HostPortScanResultSortBy = exports.HostPortScanResultOpenPort = exports.HostPortScanResult = exports.HostPortScanLevel = exports.HostEndpointProtectionSettings = exports.HostEndpointProtectionScanResultSummaryCollection = exports.HostEndpointProtectionScanResultSummary = exports.HostEndpointProtectionScanResultSortBy = void 0;
    exports.UpdateOcirContainerScanRegistryDetails = exports.OcirContainerScanRegistry = exports.HostScanAgentConfigurationQualys = exports.HostScanAgentConfigurationOCI = exports.CreateOcirContainerScanRegistryDetails = exports.WorkRequestResource = exports.WorkRequestLogEntryCollection = exports.WorkRequestLogEntry = exports.WorkRequestErrorCollection = exports.WorkRequestError = exports.WorkRequestCollection = exports.WorkRequest = exports.VulnerabilityType = exports.VulnerabilitySummaryCollection = exports.VulnerabilitySummary = exports.VulnerabilityImpactedHostSummaryCollection = exports.VulnerabilityImpactedHostSummary = exports.VulnerabilityImpactedContainerSummaryCollection = void 0;
    var ActionType = __importStar(require_action_type());
    exports.ActionType = ActionType.ActionType;
    var ApplicationScanSettings = __importStar(require_application_scan_settings());
    exports.ApplicationScanSettings = ApplicationScanSettings.ApplicationScanSettings;
    var ChangeContainerScanRecipeCompartmentDetails = __importStar(require_change_container_scan_recipe_compartment_details());
    exports.ChangeContainerScanRecipeCompartmentDetails = ChangeContainerScanRecipeCompartmentDetails.ChangeContainerScanRecipeCompartmentDetails;
    var ChangeContainerScanResultCompartmentDetails = __importStar(require_change_container_scan_result_compartment_details());
    exports.ChangeContainerScanResultCompartmentDetails = ChangeContainerScanResultCompartmentDetails.ChangeContainerScanResultCompartmentDetails;
    var ChangeContainerScanTargetCompartmentDetails = __importStar(require_change_container_scan_target_compartment_details());
    exports.ChangeContainerScanTargetCompartmentDetails = ChangeContainerScanTargetCompartmentDetails.ChangeContainerScanTargetCompartmentDetails;
    var ChangeHostAgentScanResultCompartmentDetails = __importStar(require_change_host_agent_scan_result_compartment_details());
    exports.ChangeHostAgentScanResultCompartmentDetails = ChangeHostAgentScanResultCompartmentDetails.ChangeHostAgentScanResultCompartmentDetails;
    var ChangeHostCisBenchmarkScanResultCompartmentDetails = __importStar(require_change_host_cis_benchmark_scan_result_compartment_details());
    exports.ChangeHostCisBenchmarkScanResultCompartmentDetails = ChangeHostCisBenchmarkScanResultCompartmentDetails.ChangeHostCisBenchmarkScanResultCompartmentDetails;
    var ChangeHostEndpointProtectionScanResultCompartmentDetails = __importStar(require_change_host_endpoint_protection_scan_result_compartment_details());
    exports.ChangeHostEndpointProtectionScanResultCompartmentDetails = ChangeHostEndpointProtectionScanResultCompartmentDetails.ChangeHostEndpointProtectionScanResultCompartmentDetails;
    var ChangeHostPortScanResultCompartmentDetails = __importStar(require_change_host_port_scan_result_compartment_details());
    exports.ChangeHostPortScanResultCompartmentDetails = ChangeHostPortScanResultCompartmentDetails.ChangeHostPortScanResultCompartmentDetails;
    var ChangeHostScanRecipeCompartmentDetails = __importStar(require_change_host_scan_recipe_compartment_details());
    exports.ChangeHostScanRecipeCompartmentDetails = ChangeHostScanRecipeCompartmentDetails.ChangeHostScanRecipeCompartmentDetails;
    var ChangeHostScanTargetCompartmentDetails = __importStar(require_change_host_scan_target_compartment_details());
    exports.ChangeHostScanTargetCompartmentDetails = ChangeHostScanTargetCompartmentDetails.ChangeHostScanTargetCompartmentDetails;
    var ContainerScanRecipe = __importStar(require_container_scan_recipe());
    exports.ContainerScanRecipe = ContainerScanRecipe.ContainerScanRecipe;
    var ContainerScanRecipeSummary = __importStar(require_container_scan_recipe_summary());
    exports.ContainerScanRecipeSummary = ContainerScanRecipeSummary.ContainerScanRecipeSummary;
    var ContainerScanRecipeSummaryCollection = __importStar(require_container_scan_recipe_summary_collection());
    exports.ContainerScanRecipeSummaryCollection = ContainerScanRecipeSummaryCollection.ContainerScanRecipeSummaryCollection;
    var ContainerScanRegistry = __importStar(require_container_scan_registry());
    exports.ContainerScanRegistry = ContainerScanRegistry.ContainerScanRegistry;
    var ContainerScanResult = __importStar(require_container_scan_result());
    exports.ContainerScanResult = ContainerScanResult.ContainerScanResult;
    var ContainerScanResultProblem = __importStar(require_container_scan_result_problem());
    exports.ContainerScanResultProblem = ContainerScanResultProblem.ContainerScanResultProblem;
    var ContainerScanResultSortBy = __importStar(require_container_scan_result_sort_by());
    exports.ContainerScanResultSortBy = ContainerScanResultSortBy.ContainerScanResultSortBy;
    var ContainerScanResultSummary = __importStar(require_container_scan_result_summary());
    exports.ContainerScanResultSummary = ContainerScanResultSummary.ContainerScanResultSummary;
    var ContainerScanResultSummaryCollection = __importStar(require_container_scan_result_summary_collection());
    exports.ContainerScanResultSummaryCollection = ContainerScanResultSummaryCollection.ContainerScanResultSummaryCollection;
    var ContainerScanSettings = __importStar(require_container_scan_settings());
    exports.ContainerScanSettings = ContainerScanSettings.ContainerScanSettings;
    var ContainerScanTarget = __importStar(require_container_scan_target());
    exports.ContainerScanTarget = ContainerScanTarget.ContainerScanTarget;
    var ContainerScanTargetSummary = __importStar(require_container_scan_target_summary());
    exports.ContainerScanTargetSummary = ContainerScanTargetSummary.ContainerScanTargetSummary;
    var ContainerScanTargetSummaryCollection = __importStar(require_container_scan_target_summary_collection());
    exports.ContainerScanTargetSummaryCollection = ContainerScanTargetSummaryCollection.ContainerScanTargetSummaryCollection;
    var CreateContainerScanRecipeDetails = __importStar(require_create_container_scan_recipe_details());
    exports.CreateContainerScanRecipeDetails = CreateContainerScanRecipeDetails.CreateContainerScanRecipeDetails;
    var CreateContainerScanRegistryDetails = __importStar(require_create_container_scan_registry_details());
    exports.CreateContainerScanRegistryDetails = CreateContainerScanRegistryDetails.CreateContainerScanRegistryDetails;
    var CreateContainerScanTargetDetails = __importStar(require_create_container_scan_target_details());
    exports.CreateContainerScanTargetDetails = CreateContainerScanTargetDetails.CreateContainerScanTargetDetails;
    var CreateHostScanRecipeDetails = __importStar(require_create_host_scan_recipe_details());
    exports.CreateHostScanRecipeDetails = CreateHostScanRecipeDetails.CreateHostScanRecipeDetails;
    var CreateHostScanTargetDetails = __importStar(require_create_host_scan_target_details());
    exports.CreateHostScanTargetDetails = CreateHostScanTargetDetails.CreateHostScanTargetDetails;
    var CveDetails = __importStar(require_cve_details());
    exports.CveDetails = CveDetails.CveDetails;
    var DayOfWeek = __importStar(require_day_of_week());
    exports.DayOfWeek = DayOfWeek.DayOfWeek;
    var ExportHostAgentScanResultCsvDetails = __importStar(require_export_host_agent_scan_result_csv_details());
    exports.ExportHostAgentScanResultCsvDetails = ExportHostAgentScanResultCsvDetails.ExportHostAgentScanResultCsvDetails;
    var ExportHostVulnerabilityCsvDetails = __importStar(require_export_host_vulnerability_csv_details());
    exports.ExportHostVulnerabilityCsvDetails = ExportHostVulnerabilityCsvDetails.ExportHostVulnerabilityCsvDetails;
    var FolderToScan = __importStar(require_folder_to_scan());
    exports.FolderToScan = FolderToScan.FolderToScan;
    var HostAgentScanLevel = __importStar(require_host_agent_scan_level());
    exports.HostAgentScanLevel = HostAgentScanLevel.HostAgentScanLevel;
    var HostAgentScanResult = __importStar(require_host_agent_scan_result());
    exports.HostAgentScanResult = HostAgentScanResult.HostAgentScanResult;
    var HostAgentScanResultProblem = __importStar(require_host_agent_scan_result_problem());
    exports.HostAgentScanResultProblem = HostAgentScanResultProblem.HostAgentScanResultProblem;
    var HostAgentScanResultSortBy = __importStar(require_host_agent_scan_result_sort_by());
    exports.HostAgentScanResultSortBy = HostAgentScanResultSortBy.HostAgentScanResultSortBy;
    var HostAgentScanResultSummary = __importStar(require_host_agent_scan_result_summary());
    exports.HostAgentScanResultSummary = HostAgentScanResultSummary.HostAgentScanResultSummary;
    var HostAgentScanResultSummaryCollection = __importStar(require_host_agent_scan_result_summary_collection());
    exports.HostAgentScanResultSummaryCollection = HostAgentScanResultSummaryCollection.HostAgentScanResultSummaryCollection;
    var HostCisBenchmarkScanLevel = __importStar(require_host_cis_benchmark_scan_level());
    exports.HostCisBenchmarkScanLevel = HostCisBenchmarkScanLevel.HostCisBenchmarkScanLevel;
    var HostCisBenchmarkScanResult = __importStar(require_host_cis_benchmark_scan_result());
    exports.HostCisBenchmarkScanResult = HostCisBenchmarkScanResult.HostCisBenchmarkScanResult;
    var HostCisBenchmarkScanResultScore = __importStar(require_host_cis_benchmark_scan_result_score());
    exports.HostCisBenchmarkScanResultScore = HostCisBenchmarkScanResultScore.HostCisBenchmarkScanResultScore;
    var HostCisBenchmarkScanResultSortBy = __importStar(require_host_cis_benchmark_scan_result_sort_by());
    exports.HostCisBenchmarkScanResultSortBy = HostCisBenchmarkScanResultSortBy.HostCisBenchmarkScanResultSortBy;
    var HostCisBenchmarkScanResultSummary = __importStar(require_host_cis_benchmark_scan_result_summary());
    exports.HostCisBenchmarkScanResultSummary = HostCisBenchmarkScanResultSummary.HostCisBenchmarkScanResultSummary;
    var HostCisBenchmarkScanResultSummaryCollection = __importStar(require_host_cis_benchmark_scan_result_summary_collection());
    exports.HostCisBenchmarkScanResultSummaryCollection = HostCisBenchmarkScanResultSummaryCollection.HostCisBenchmarkScanResultSummaryCollection;
    var HostCisBenchmarkSettings = __importStar(require_host_cis_benchmark_settings());
    exports.HostCisBenchmarkSettings = HostCisBenchmarkSettings.HostCisBenchmarkSettings;
    var HostEndpointProtectionScanLevel = __importStar(require_host_endpoint_protection_scan_level());
    exports.HostEndpointProtectionScanLevel = HostEndpointProtectionScanLevel.HostEndpointProtectionScanLevel;
    var HostEndpointProtectionScanResult = __importStar(require_host_endpoint_protection_scan_result());
    exports.HostEndpointProtectionScanResult = HostEndpointProtectionScanResult.HostEndpointProtectionScanResult;
    var HostEndpointProtectionScanResultEndpointProtection = __importStar(require_host_endpoint_protection_scan_result_endpoint_protection());
    exports.HostEndpointProtectionScanResultEndpointProtection = HostEndpointProtectionScanResultEndpointProtection.HostEndpointProtectionScanResultEndpointProtection;
    var HostEndpointProtectionScanResultSortBy = __importStar(require_host_endpoint_protection_scan_result_sort_by());
    exports.HostEndpointProtectionScanResultSortBy = HostEndpointProtectionScanResultSortBy.HostEndpointProtectionScanResultSortBy;
    var HostEndpointProtectionScanResultSummary = __importStar(require_host_endpoint_protection_scan_result_summary());
    exports.HostEndpointProtectionScanResultSummary = HostEndpointProtectionScanResultSummary.HostEndpointProtectionScanResultSummary;
    var HostEndpointProtectionScanResultSummaryCollection = __importStar(require_host_endpoint_protection_scan_result_summary_collection());
    exports.HostEndpointProtectionScanResultSummaryCollection = HostEndpointProtectionScanResultSummaryCollection.HostEndpointProtectionScanResultSummaryCollection;
    var HostEndpointProtectionSettings = __importStar(require_host_endpoint_protection_settings());
    exports.HostEndpointProtectionSettings = HostEndpointProtectionSettings.HostEndpointProtectionSettings;
    var HostPortScanLevel = __importStar(require_host_port_scan_level());
    exports.HostPortScanLevel = HostPortScanLevel.HostPortScanLevel;
    var HostPortScanResult = __importStar(require_host_port_scan_result());
    exports.HostPortScanResult = HostPortScanResult.HostPortScanResult;
    var HostPortScanResultOpenPort = __importStar(require_host_port_scan_result_open_port());
    exports.HostPortScanResultOpenPort = HostPortScanResultOpenPort.HostPortScanResultOpenPort;
    var HostPortScanResultSortBy = __importStar(require_host_port_scan_result_sort_by());
    exports.HostPortScanResultSortBy = HostPortScanResultSortBy.HostPortScanResultSortBy;
    var HostPortScanResultSummary = __importStar(require_host_port_scan_result_summary());
    exports.HostPortScanResultSummary = HostPortScanResultSummary.HostPortScanResultSummary;
    var HostPortScanResultSummaryCollection = __importStar(require_host_port_scan_result_summary_collection());
    exports.HostPortScanResultSummaryCollection = HostPortScanResultSummaryCollection.HostPortScanResultSummaryCollection;
    var HostScanAgentConfiguration = __importStar(require_host_scan_agent_configuration());
    exports.HostScanAgentConfiguration = HostScanAgentConfiguration.HostScanAgentConfiguration;
    var HostScanAgentSettings = __importStar(require_host_scan_agent_settings());
    exports.HostScanAgentSettings = HostScanAgentSettings.HostScanAgentSettings;
    var HostScanPortSettings = __importStar(require_host_scan_port_settings());
    exports.HostScanPortSettings = HostScanPortSettings.HostScanPortSettings;
    var HostScanRecipe = __importStar(require_host_scan_recipe());
    exports.HostScanRecipe = HostScanRecipe.HostScanRecipe;
    var HostScanRecipeSummary = __importStar(require_host_scan_recipe_summary());
    exports.HostScanRecipeSummary = HostScanRecipeSummary.HostScanRecipeSummary;
    var HostScanRecipeSummaryCollection = __importStar(require_host_scan_recipe_summary_collection());
    exports.HostScanRecipeSummaryCollection = HostScanRecipeSummaryCollection.HostScanRecipeSummaryCollection;
    var HostScanTarget = __importStar(require_host_scan_target());
    exports.HostScanTarget = HostScanTarget.HostScanTarget;
    var HostScanTargetErrorSummary = __importStar(require_host_scan_target_error_summary());
    exports.HostScanTargetErrorSummary = HostScanTargetErrorSummary.HostScanTargetErrorSummary;
    var HostScanTargetErrorSummaryCollection = __importStar(require_host_scan_target_error_summary_collection());
    exports.HostScanTargetErrorSummaryCollection = HostScanTargetErrorSummaryCollection.HostScanTargetErrorSummaryCollection;
    var HostScanTargetSummary = __importStar(require_host_scan_target_summary());
    exports.HostScanTargetSummary = HostScanTargetSummary.HostScanTargetSummary;
    var HostScanTargetSummaryCollection = __importStar(require_host_scan_target_summary_collection());
    exports.HostScanTargetSummaryCollection = HostScanTargetSummaryCollection.HostScanTargetSummaryCollection;
    var HostVulnerability = __importStar(require_host_vulnerability());
    exports.HostVulnerability = HostVulnerability.HostVulnerability;
    var HostVulnerabilityImpactedHostSummary = __importStar(require_host_vulnerability_impacted_host_summary());
    exports.HostVulnerabilityImpactedHostSummary = HostVulnerabilityImpactedHostSummary.HostVulnerabilityImpactedHostSummary;
    var HostVulnerabilityImpactedHostSummaryCollection = __importStar(require_host_vulnerability_impacted_host_summary_collection());
    exports.HostVulnerabilityImpactedHostSummaryCollection = HostVulnerabilityImpactedHostSummaryCollection.HostVulnerabilityImpactedHostSummaryCollection;
    var HostVulnerabilitySortBy = __importStar(require_host_vulnerability_sort_by());
    exports.HostVulnerabilitySortBy = HostVulnerabilitySortBy.HostVulnerabilitySortBy;
    var HostVulnerabilitySummary = __importStar(require_host_vulnerability_summary());
    exports.HostVulnerabilitySummary = HostVulnerabilitySummary.HostVulnerabilitySummary;
    var HostVulnerabilitySummaryCollection = __importStar(require_host_vulnerability_summary_collection());
    exports.HostVulnerabilitySummaryCollection = HostVulnerabilitySummaryCollection.HostVulnerabilitySummaryCollection;
    var ImpactedHostSortBy = __importStar(require_impacted_host_sort_by());
    exports.ImpactedHostSortBy = ImpactedHostSortBy.ImpactedHostSortBy;
    var ImpactedResourcesCount = __importStar(require_impacted_resources_count());
    exports.ImpactedResourcesCount = ImpactedResourcesCount.ImpactedResourcesCount;
    var LifecycleState = __importStar(require_lifecycle_state());
    exports.LifecycleState = LifecycleState.LifecycleState;
    var OperatingSystem = __importStar(require_operating_system());
    exports.OperatingSystem = OperatingSystem.OperatingSystem;
    var OperationStatus = __importStar(require_operation_status());
    exports.OperationStatus = OperationStatus.OperationStatus;
    var OperationType = __importStar(require_operation_type());
    exports.OperationType = OperationType.OperationType;
    var Package = __importStar(require_package());
    exports.Package = Package.Package;
    var ScanResultProblemSeverity = __importStar(require_scan_result_problem_severity());
    exports.ScanResultProblemSeverity = ScanResultProblemSeverity.ScanResultProblemSeverity;
    var ScanResultScore = __importStar(require_scan_result_score());
    exports.ScanResultScore = ScanResultScore.ScanResultScore;
    var ScanResultVulnerabilityState = __importStar(require_scan_result_vulnerability_state());
    exports.ScanResultVulnerabilityState = ScanResultVulnerabilityState.ScanResultVulnerabilityState;
    var Schedule = __importStar(require_schedule());
    exports.Schedule = Schedule.Schedule;
    var ScheduleType = __importStar(require_schedule_type());
    exports.ScheduleType = ScheduleType.ScheduleType;
    var SortBy = __importStar(require_sort_by());
    exports.SortBy = SortBy.SortBy;
    var SortByTime = __importStar(require_sort_by_time());
    exports.SortByTime = SortByTime.SortByTime;
    var SortOrder = __importStar(require_sort_order());
    exports.SortOrder = SortOrder.SortOrder;
    var UpdateContainerScanRecipeDetails = __importStar(require_update_container_scan_recipe_details());
    exports.UpdateContainerScanRecipeDetails = UpdateContainerScanRecipeDetails.UpdateContainerScanRecipeDetails;
    var UpdateContainerScanRegistryDetails = __importStar(require_update_container_scan_registry_details());
    exports.UpdateContainerScanRegistryDetails = UpdateContainerScanRegistryDetails.UpdateContainerScanRegistryDetails;
    var UpdateContainerScanTargetDetails = __importStar(require_update_container_scan_target_details());
    exports.UpdateContainerScanTargetDetails = UpdateContainerScanTargetDetails.UpdateContainerScanTargetDetails;
    var UpdateHostScanRecipeDetails = __importStar(require_update_host_scan_recipe_details());
    exports.UpdateHostScanRecipeDetails = UpdateHostScanRecipeDetails.UpdateHostScanRecipeDetails;
    var UpdateHostScanTargetDetails = __importStar(require_update_host_scan_target_details());
    exports.UpdateHostScanTargetDetails = UpdateHostScanTargetDetails.UpdateHostScanTargetDetails;
    var VendorType = __importStar(require_vendor_type());
    exports.VendorType = VendorType.VendorType;
    var Vulnerability = __importStar(require_vulnerability());
    exports.Vulnerability = Vulnerability.Vulnerability;
    var VulnerabilityImpactedContainerSummary = __importStar(require_vulnerability_impacted_container_summary());
    exports.VulnerabilityImpactedContainerSummary = VulnerabilityImpactedContainerSummary.VulnerabilityImpactedContainerSummary;
    var VulnerabilityImpactedContainerSummaryCollection = __importStar(require_vulnerability_impacted_container_summary_collection());
    exports.VulnerabilityImpactedContainerSummaryCollection = VulnerabilityImpactedContainerSummaryCollection.VulnerabilityImpactedContainerSummaryCollection;
    var VulnerabilityImpactedHostSummary = __importStar(require_vulnerability_impacted_host_summary());
    exports.VulnerabilityImpactedHostSummary = VulnerabilityImpactedHostSummary.VulnerabilityImpactedHostSummary;
    var VulnerabilityImpactedHostSummaryCollection = __importStar(require_vulnerability_impacted_host_summary_collection());
    exports.VulnerabilityImpactedHostSummaryCollection = VulnerabilityImpactedHostSummaryCollection.VulnerabilityImpactedHostSummaryCollection;
    var VulnerabilitySummary = __importStar(require_vulnerability_summary());
    exports.VulnerabilitySummary = VulnerabilitySummary.VulnerabilitySummary;
    var VulnerabilitySummaryCollection = __importStar(require_vulnerability_summary_collection());
    exports.VulnerabilitySummaryCollection = VulnerabilitySummaryCollection.VulnerabilitySummaryCollection;
    var VulnerabilityType = __importStar(require_vulnerability_type());
    exports.VulnerabilityType = VulnerabilityType.VulnerabilityType;
    var WorkRequest = __importStar(require_work_request());
    exports.WorkRequest = WorkRequest.WorkRequest;
    var WorkRequestCollection = __importStar(require_work_request_collection());
    exports.WorkRequestCollection = WorkRequestCollection.WorkRequestCollection;
    var WorkRequestError = __importStar(require_work_request_error());
    exports.WorkRequestError = WorkRequestError.WorkRequestError;
    var WorkRequestErrorCollection = __importStar(require_work_request_error_collection());
    exports.WorkRequestErrorCollection = WorkRequestErrorCollection.WorkRequestErrorCollection;
    var WorkRequestLogEntry = __importStar(require_work_request_log_entry());
    exports.WorkRequestLogEntry = WorkRequestLogEntry.WorkRequestLogEntry;
    var WorkRequestLogEntryCollection = __importStar(require_work_request_log_entry_collection());
    exports.WorkRequestLogEntryCollection = WorkRequestLogEntryCollection.WorkRequestLogEntryCollection;
    var WorkRequestResource = __importStar(require_work_request_resource());
    exports.WorkRequestResource = WorkRequestResource.WorkRequestResource;
    var CreateOcirContainerScanRegistryDetails = __importStar(require_create_ocir_container_scan_registry_details());
    exports.CreateOcirContainerScanRegistryDetails = CreateOcirContainerScanRegistryDetails.CreateOcirContainerScanRegistryDetails;
    var HostScanAgentConfigurationOCI = __importStar(require_host_scan_agent_configuration_oc_i());
    exports.HostScanAgentConfigurationOCI = HostScanAgentConfigurationOCI.HostScanAgentConfigurationOCI;
    var HostScanAgentConfigurationQualys = __importStar(require_host_scan_agent_configuration_qualys());
    exports.HostScanAgentConfigurationQualys = HostScanAgentConfigurationQualys.HostScanAgentConfigurationQualys;
    var OcirContainerScanRegistry = __importStar(require_ocir_container_scan_registry());
    exports.OcirContainerScanRegistry = OcirContainerScanRegistry.OcirContainerScanRegistry;
    var UpdateOcirContainerScanRegistryDetails = __importStar(require_update_ocir_container_scan_registry_details());
    exports.UpdateOcirContainerScanRegistryDetails = UpdateOcirContainerScanRegistryDetails.UpdateOcirContainerScanRegistryDetails;
  }
});

// node_modules/oci-vulnerabilityscanning/lib/response/index.js
var require_response = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/response/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/oci-vulnerabilityscanning/lib/vulnerabilityscanning-waiter.js
var require_vulnerabilityscanning_waiter = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/vulnerabilityscanning-waiter.js"(exports) {
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
    exports.VulnerabilityScanningWaiter = void 0;
    var models3 = __importStar(require_model());
    var oci_common_1 = require_oci_common();
    var VulnerabilityScanningWaiter = class {
      constructor(client, config) {
        this.client = client;
        this.config = config;
      }
      /**
       * Waits forContainerScanRecipe till it reaches any of the provided states
       *
       * @param request the request to send
       * @param targetStates the desired states to wait for. The waiter will return once the resource reaches any of the provided states
       * @return response returns GetContainerScanRecipeResponse | null (null in case of 404 response)
       */
      forContainerScanRecipe(request, ...targetStates) {
        return __awaiter(this, void 0, void 0, function* () {
          return oci_common_1.genericTerminalConditionWaiter(this.config, () => this.client.getContainerScanRecipe(request), (response) => targetStates.includes(response.containerScanRecipe.lifecycleState), targetStates.includes(models3.LifecycleState.Deleted));
        });
      }
      /**
       * Waits forContainerScanTarget till it reaches any of the provided states
       *
       * @param request the request to send
       * @param targetStates the desired states to wait for. The waiter will return once the resource reaches any of the provided states
       * @return response returns GetContainerScanTargetResponse | null (null in case of 404 response)
       */
      forContainerScanTarget(request, ...targetStates) {
        return __awaiter(this, void 0, void 0, function* () {
          return oci_common_1.genericTerminalConditionWaiter(this.config, () => this.client.getContainerScanTarget(request), (response) => targetStates.includes(response.containerScanTarget.lifecycleState), targetStates.includes(models3.LifecycleState.Deleted));
        });
      }
      /**
       * Waits forHostAgentScanResult till it reaches any of the provided states
       *
       * @param request the request to send
       * @param targetStates the desired states to wait for. The waiter will return once the resource reaches any of the provided states
       * @return response returns GetHostAgentScanResultResponse | null (null in case of 404 response)
       */
      forHostAgentScanResult(request, ...targetStates) {
        return __awaiter(this, void 0, void 0, function* () {
          return oci_common_1.genericTerminalConditionWaiter(this.config, () => this.client.getHostAgentScanResult(request), (response) => targetStates.includes(response.hostAgentScanResult.lifecycleState), targetStates.includes(models3.LifecycleState.Deleted));
        });
      }
      /**
       * Waits forHostCisBenchmarkScanResult till it reaches any of the provided states
       *
       * @param request the request to send
       * @param targetStates the desired states to wait for. The waiter will return once the resource reaches any of the provided states
       * @return response returns GetHostCisBenchmarkScanResultResponse | null (null in case of 404 response)
       */
      forHostCisBenchmarkScanResult(request, ...targetStates) {
        return __awaiter(this, void 0, void 0, function* () {
          return oci_common_1.genericTerminalConditionWaiter(this.config, () => this.client.getHostCisBenchmarkScanResult(request), (response) => targetStates.includes(response.hostCisBenchmarkScanResult.lifecycleState), targetStates.includes(models3.LifecycleState.Deleted));
        });
      }
      /**
       * Waits forHostEndpointProtectionScanResult till it reaches any of the provided states
       *
       * @param request the request to send
       * @param targetStates the desired states to wait for. The waiter will return once the resource reaches any of the provided states
       * @return response returns GetHostEndpointProtectionScanResultResponse | null (null in case of 404 response)
       */
      forHostEndpointProtectionScanResult(request, ...targetStates) {
        return __awaiter(this, void 0, void 0, function* () {
          return oci_common_1.genericTerminalConditionWaiter(this.config, () => this.client.getHostEndpointProtectionScanResult(request), (response) => targetStates.includes(response.hostEndpointProtectionScanResult.lifecycleState), targetStates.includes(models3.LifecycleState.Deleted));
        });
      }
      /**
       * Waits forHostPortScanResult till it reaches any of the provided states
       *
       * @param request the request to send
       * @param targetStates the desired states to wait for. The waiter will return once the resource reaches any of the provided states
       * @return response returns GetHostPortScanResultResponse | null (null in case of 404 response)
       */
      forHostPortScanResult(request, ...targetStates) {
        return __awaiter(this, void 0, void 0, function* () {
          return oci_common_1.genericTerminalConditionWaiter(this.config, () => this.client.getHostPortScanResult(request), (response) => targetStates.includes(response.hostPortScanResult.lifecycleState), targetStates.includes(models3.LifecycleState.Deleted));
        });
      }
      /**
       * Waits forHostScanRecipe till it reaches any of the provided states
       *
       * @param request the request to send
       * @param targetStates the desired states to wait for. The waiter will return once the resource reaches any of the provided states
       * @return response returns GetHostScanRecipeResponse | null (null in case of 404 response)
       */
      forHostScanRecipe(request, ...targetStates) {
        return __awaiter(this, void 0, void 0, function* () {
          return oci_common_1.genericTerminalConditionWaiter(this.config, () => this.client.getHostScanRecipe(request), (response) => targetStates.includes(response.hostScanRecipe.lifecycleState), targetStates.includes(models3.LifecycleState.Deleted));
        });
      }
      /**
       * Waits forHostScanTarget till it reaches any of the provided states
       *
       * @param request the request to send
       * @param targetStates the desired states to wait for. The waiter will return once the resource reaches any of the provided states
       * @return response returns GetHostScanTargetResponse | null (null in case of 404 response)
       */
      forHostScanTarget(request, ...targetStates) {
        return __awaiter(this, void 0, void 0, function* () {
          return oci_common_1.genericTerminalConditionWaiter(this.config, () => this.client.getHostScanTarget(request), (response) => targetStates.includes(response.hostScanTarget.lifecycleState), targetStates.includes(models3.LifecycleState.Deleted));
        });
      }
      /**
       * Waits forHostVulnerability till it reaches any of the provided states
       *
       * @param request the request to send
       * @param targetStates the desired states to wait for. The waiter will return once the resource reaches any of the provided states
       * @return response returns GetHostVulnerabilityResponse | null (null in case of 404 response)
       */
      forHostVulnerability(request, ...targetStates) {
        return __awaiter(this, void 0, void 0, function* () {
          return oci_common_1.genericTerminalConditionWaiter(this.config, () => this.client.getHostVulnerability(request), (response) => targetStates.includes(response.hostVulnerability.lifecycleState), targetStates.includes(models3.LifecycleState.Deleted));
        });
      }
      /**
       * Waits forVulnerability till it reaches any of the provided states
       *
       * @param request the request to send
       * @param targetStates the desired states to wait for. The waiter will return once the resource reaches any of the provided states
       * @return response returns GetVulnerabilityResponse | null (null in case of 404 response)
       */
      forVulnerability(request, ...targetStates) {
        return __awaiter(this, void 0, void 0, function* () {
          return oci_common_1.genericTerminalConditionWaiter(this.config, () => this.client.getVulnerability(request), (response) => targetStates.includes(response.vulnerability.lifecycleState), targetStates.includes(models3.LifecycleState.Deleted));
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
    exports.VulnerabilityScanningWaiter = VulnerabilityScanningWaiter;
  }
});

// node_modules/oci-vulnerabilityscanning/lib/client.js
var require_client = __commonJS({
  "node_modules/oci-vulnerabilityscanning/lib/client.js"(exports) {
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
    exports.VulnerabilityScanningClient = exports.VulnerabilityScanningApiKeys = void 0;
    var common = require_oci_common();
    var model = __importStar(require_model());
    var vulnerabilityscanning_waiter_1 = require_vulnerabilityscanning_waiter();
    var oci_common_1 = require_oci_common();
    var Breaker = require_opossum();
    var VulnerabilityScanningApiKeys;
    /* @__PURE__ */ (function(VulnerabilityScanningApiKeys2) {
    })(VulnerabilityScanningApiKeys = exports.VulnerabilityScanningApiKeys || (exports.VulnerabilityScanningApiKeys = {}));
    var VulnerabilityScanningClient3 = class _VulnerabilityScanningClient {
      constructor(params, clientConfiguration) {
        this["_realmSpecificEndpointTemplateEnabled"] = void 0;
        this["_endpoint"] = "";
        this["_defaultHeaders"] = {};
        this._circuitBreaker = null;
        this._httpOptions = void 0;
        this._bodyDuplexMode = void 0;
        this.targetService = "VulnerabilityScanning";
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
        if (!oci_common_1.developerToolConfiguration.isServiceEnabled("vulnerabilityscanning")) {
          let errmsg = "The developerToolConfiguration configuration disabled this service, this behavior is controlled by developerToolConfiguration.ociEnabledServiceSet variable. Please check if your local developer_tool_configuration file has configured the service you're targeting or contact the cloud provider on the availability of this service : ";
          throw errmsg.concat("vulnerabilityscanning");
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
        this._endpoint = this._endpoint + "/20210215";
        if (this.logger)
          this.logger.info(`VulnerabilityScanningClient endpoint set to ${this._endpoint}`);
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
          this.endpoint = common.EndpointBuilder.createEndpointFromRegion(_VulnerabilityScanningClient.serviceEndpointTemplate, this._region, _VulnerabilityScanningClient.endpointServiceName);
        } else if (this._lastSetRegionOrRegionId === common.Region.REGION_ID_STRING) {
          this.endpoint = common.EndpointBuilder.createEndpointFromRegionId(_VulnerabilityScanningClient.serviceEndpointTemplate, this._regionId, _VulnerabilityScanningClient.endpointServiceName);
        }
      }
      /**
       * Sets the region to call (ex, Region.US_PHOENIX_1).
       * Note, this will call {@link #endpoint(String) endpoint} after resolving the endpoint.
       * @param region The region of the service.
       */
      set region(region) {
        this._region = region;
        this.endpoint = common.EndpointBuilder.createEndpointFromRegion(_VulnerabilityScanningClient.serviceEndpointTemplate, region, _VulnerabilityScanningClient.endpointServiceName);
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
        this.endpoint = common.EndpointBuilder.createEndpointFromRegionId(_VulnerabilityScanningClient.serviceEndpointTemplate, regionId, _VulnerabilityScanningClient.endpointServiceName);
        this._lastSetRegionOrRegionId = common.Region.REGION_ID_STRING;
      }
      /**
       * Creates a new VulnerabilityScanningWaiter for resources for this service.
       *
       * @param config The waiter configuration for termination and delay strategy
       * @return The service waiters.
       */
      createWaiters(config) {
        this._waiters = new vulnerabilityscanning_waiter_1.VulnerabilityScanningWaiter(this, config);
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
       * Moves a ContainerScanRecipe into a different compartment. When provided, If-Match is checked against ETag values of the resource.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ChangeContainerScanRecipeCompartmentRequest
       * @return ChangeContainerScanRecipeCompartmentResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ChangeContainerScanRecipeCompartment.ts.html |here} to see how to use ChangeContainerScanRecipeCompartment API.
       */
      changeContainerScanRecipeCompartment(changeContainerScanRecipeCompartmentRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#changeContainerScanRecipeCompartment.");
          const operationName = "changeContainerScanRecipeCompartment";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/ContainerScanRecipe/ChangeContainerScanRecipeCompartment";
          const pathParams = {
            "{containerScanRecipeId}": changeContainerScanRecipeCompartmentRequest.containerScanRecipeId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": changeContainerScanRecipeCompartmentRequest.ifMatch,
            "opc-request-id": changeContainerScanRecipeCompartmentRequest.opcRequestId,
            "opc-retry-token": changeContainerScanRecipeCompartmentRequest.opcRetryToken
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, changeContainerScanRecipeCompartmentRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/containerScanRecipes/{containerScanRecipeId}/actions/changeCompartment",
            method: "POST",
            bodyContent: common.ObjectSerializer.serialize(changeContainerScanRecipeCompartmentRequest.changeContainerScanRecipeCompartmentDetails, "ChangeContainerScanRecipeCompartmentDetails", model.ChangeContainerScanRecipeCompartmentDetails.getJsonObj),
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
       * Moves a ContainerScanResult into a different compartment. When provided, If-Match is checked against ETag values of the resource.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ChangeContainerScanResultCompartmentRequest
       * @return ChangeContainerScanResultCompartmentResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ChangeContainerScanResultCompartment.ts.html |here} to see how to use ChangeContainerScanResultCompartment API.
       */
      changeContainerScanResultCompartment(changeContainerScanResultCompartmentRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#changeContainerScanResultCompartment.");
          const operationName = "changeContainerScanResultCompartment";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/ContainerScanResult/ChangeContainerScanResultCompartment";
          const pathParams = {
            "{containerScanResultId}": changeContainerScanResultCompartmentRequest.containerScanResultId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": changeContainerScanResultCompartmentRequest.ifMatch,
            "opc-request-id": changeContainerScanResultCompartmentRequest.opcRequestId,
            "opc-retry-token": changeContainerScanResultCompartmentRequest.opcRetryToken
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, changeContainerScanResultCompartmentRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/containerScanResults/{containerScanResultId}/actions/changeCompartment",
            method: "POST",
            bodyContent: common.ObjectSerializer.serialize(changeContainerScanResultCompartmentRequest.changeContainerScanResultCompartmentDetails, "ChangeContainerScanResultCompartmentDetails", model.ChangeContainerScanResultCompartmentDetails.getJsonObj),
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
       * Moves a ContainerScanTarget into a different compartment. When provided, If-Match is checked against ETag values of the resource.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ChangeContainerScanTargetCompartmentRequest
       * @return ChangeContainerScanTargetCompartmentResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ChangeContainerScanTargetCompartment.ts.html |here} to see how to use ChangeContainerScanTargetCompartment API.
       */
      changeContainerScanTargetCompartment(changeContainerScanTargetCompartmentRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#changeContainerScanTargetCompartment.");
          const operationName = "changeContainerScanTargetCompartment";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/ContainerScanTarget/ChangeContainerScanTargetCompartment";
          const pathParams = {
            "{containerScanTargetId}": changeContainerScanTargetCompartmentRequest.containerScanTargetId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": changeContainerScanTargetCompartmentRequest.ifMatch,
            "opc-request-id": changeContainerScanTargetCompartmentRequest.opcRequestId,
            "opc-retry-token": changeContainerScanTargetCompartmentRequest.opcRetryToken
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, changeContainerScanTargetCompartmentRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/containerScanTargets/{containerScanTargetId}/actions/changeCompartment",
            method: "POST",
            bodyContent: common.ObjectSerializer.serialize(changeContainerScanTargetCompartmentRequest.changeContainerScanTargetCompartmentDetails, "ChangeContainerScanTargetCompartmentDetails", model.ChangeContainerScanTargetCompartmentDetails.getJsonObj),
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
       * Moves a HostAgentScanResult into a different compartment. When provided, If-Match is checked against ETag values of the resource.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ChangeHostAgentScanResultCompartmentRequest
       * @return ChangeHostAgentScanResultCompartmentResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ChangeHostAgentScanResultCompartment.ts.html |here} to see how to use ChangeHostAgentScanResultCompartment API.
       */
      changeHostAgentScanResultCompartment(changeHostAgentScanResultCompartmentRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#changeHostAgentScanResultCompartment.");
          const operationName = "changeHostAgentScanResultCompartment";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostAgentScanResult/ChangeHostAgentScanResultCompartment";
          const pathParams = {
            "{hostAgentScanResultId}": changeHostAgentScanResultCompartmentRequest.hostAgentScanResultId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": changeHostAgentScanResultCompartmentRequest.ifMatch,
            "opc-request-id": changeHostAgentScanResultCompartmentRequest.opcRequestId,
            "opc-retry-token": changeHostAgentScanResultCompartmentRequest.opcRetryToken
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, changeHostAgentScanResultCompartmentRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostAgentScanResults/{hostAgentScanResultId}/actions/changeCompartment",
            method: "POST",
            bodyContent: common.ObjectSerializer.serialize(changeHostAgentScanResultCompartmentRequest.changeHostAgentScanResultCompartmentDetails, "ChangeHostAgentScanResultCompartmentDetails", model.ChangeHostAgentScanResultCompartmentDetails.getJsonObj),
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
       * Moves a HostCisBenchmarkScanResult into a different compartment. When provided, If-Match is checked against ETag values of the resource.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ChangeHostCisBenchmarkScanResultCompartmentRequest
       * @return ChangeHostCisBenchmarkScanResultCompartmentResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ChangeHostCisBenchmarkScanResultCompartment.ts.html |here} to see how to use ChangeHostCisBenchmarkScanResultCompartment API.
       */
      changeHostCisBenchmarkScanResultCompartment(changeHostCisBenchmarkScanResultCompartmentRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#changeHostCisBenchmarkScanResultCompartment.");
          const operationName = "changeHostCisBenchmarkScanResultCompartment";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostCisBenchmarkScanResult/ChangeHostCisBenchmarkScanResultCompartment";
          const pathParams = {
            "{hostCisBenchmarkScanResultId}": changeHostCisBenchmarkScanResultCompartmentRequest.hostCisBenchmarkScanResultId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": changeHostCisBenchmarkScanResultCompartmentRequest.ifMatch,
            "opc-request-id": changeHostCisBenchmarkScanResultCompartmentRequest.opcRequestId,
            "opc-retry-token": changeHostCisBenchmarkScanResultCompartmentRequest.opcRetryToken
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, changeHostCisBenchmarkScanResultCompartmentRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostCisBenchmarkScanResults/{hostCisBenchmarkScanResultId}/actions/changeCompartment",
            method: "POST",
            bodyContent: common.ObjectSerializer.serialize(changeHostCisBenchmarkScanResultCompartmentRequest.changeHostCisBenchmarkScanResultCompartmentDetails, "ChangeHostCisBenchmarkScanResultCompartmentDetails", model.ChangeHostCisBenchmarkScanResultCompartmentDetails.getJsonObj),
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
       * Moves a HostEndpointProtectionScanResult into a different compartment. When provided, If-Match is checked against ETag values of the resource.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ChangeHostEndpointProtectionScanResultCompartmentRequest
       * @return ChangeHostEndpointProtectionScanResultCompartmentResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ChangeHostEndpointProtectionScanResultCompartment.ts.html |here} to see how to use ChangeHostEndpointProtectionScanResultCompartment API.
       */
      changeHostEndpointProtectionScanResultCompartment(changeHostEndpointProtectionScanResultCompartmentRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#changeHostEndpointProtectionScanResultCompartment.");
          const operationName = "changeHostEndpointProtectionScanResultCompartment";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostEndpointProtectionScanResult/ChangeHostEndpointProtectionScanResultCompartment";
          const pathParams = {
            "{hostEndpointProtectionScanResultId}": changeHostEndpointProtectionScanResultCompartmentRequest.hostEndpointProtectionScanResultId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": changeHostEndpointProtectionScanResultCompartmentRequest.ifMatch,
            "opc-request-id": changeHostEndpointProtectionScanResultCompartmentRequest.opcRequestId,
            "opc-retry-token": changeHostEndpointProtectionScanResultCompartmentRequest.opcRetryToken
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, changeHostEndpointProtectionScanResultCompartmentRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostEndpointProtectionScanResults/{hostEndpointProtectionScanResultId}/actions/changeCompartment",
            method: "POST",
            bodyContent: common.ObjectSerializer.serialize(changeHostEndpointProtectionScanResultCompartmentRequest.changeHostEndpointProtectionScanResultCompartmentDetails, "ChangeHostEndpointProtectionScanResultCompartmentDetails", model.ChangeHostEndpointProtectionScanResultCompartmentDetails.getJsonObj),
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
       * Moves a HostPortScanResult into a different compartment. When provided, If-Match is checked against ETag values of the resource.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ChangeHostPortScanResultCompartmentRequest
       * @return ChangeHostPortScanResultCompartmentResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ChangeHostPortScanResultCompartment.ts.html |here} to see how to use ChangeHostPortScanResultCompartment API.
       */
      changeHostPortScanResultCompartment(changeHostPortScanResultCompartmentRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#changeHostPortScanResultCompartment.");
          const operationName = "changeHostPortScanResultCompartment";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostPortScanResult/ChangeHostPortScanResultCompartment";
          const pathParams = {
            "{hostPortScanResultId}": changeHostPortScanResultCompartmentRequest.hostPortScanResultId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": changeHostPortScanResultCompartmentRequest.ifMatch,
            "opc-request-id": changeHostPortScanResultCompartmentRequest.opcRequestId,
            "opc-retry-token": changeHostPortScanResultCompartmentRequest.opcRetryToken
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, changeHostPortScanResultCompartmentRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostPortScanResults/{hostPortScanResultId}/actions/changeCompartment",
            method: "POST",
            bodyContent: common.ObjectSerializer.serialize(changeHostPortScanResultCompartmentRequest.changeHostPortScanResultCompartmentDetails, "ChangeHostPortScanResultCompartmentDetails", model.ChangeHostPortScanResultCompartmentDetails.getJsonObj),
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
       * Moves a HostScanRecipe into a different compartment. When provided, If-Match is checked against ETag values of the resource.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ChangeHostScanRecipeCompartmentRequest
       * @return ChangeHostScanRecipeCompartmentResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ChangeHostScanRecipeCompartment.ts.html |here} to see how to use ChangeHostScanRecipeCompartment API.
       */
      changeHostScanRecipeCompartment(changeHostScanRecipeCompartmentRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#changeHostScanRecipeCompartment.");
          const operationName = "changeHostScanRecipeCompartment";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostScanRecipe/ChangeHostScanRecipeCompartment";
          const pathParams = {
            "{hostScanRecipeId}": changeHostScanRecipeCompartmentRequest.hostScanRecipeId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": changeHostScanRecipeCompartmentRequest.ifMatch,
            "opc-request-id": changeHostScanRecipeCompartmentRequest.opcRequestId,
            "opc-retry-token": changeHostScanRecipeCompartmentRequest.opcRetryToken
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, changeHostScanRecipeCompartmentRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostScanRecipes/{hostScanRecipeId}/actions/changeCompartment",
            method: "POST",
            bodyContent: common.ObjectSerializer.serialize(changeHostScanRecipeCompartmentRequest.changeHostScanRecipeCompartmentDetails, "ChangeHostScanRecipeCompartmentDetails", model.ChangeHostScanRecipeCompartmentDetails.getJsonObj),
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
       * Moves a HostScanTarget into a different compartment. When provided, If-Match is checked against ETag values of the resource.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ChangeHostScanTargetCompartmentRequest
       * @return ChangeHostScanTargetCompartmentResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ChangeHostScanTargetCompartment.ts.html |here} to see how to use ChangeHostScanTargetCompartment API.
       */
      changeHostScanTargetCompartment(changeHostScanTargetCompartmentRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#changeHostScanTargetCompartment.");
          const operationName = "changeHostScanTargetCompartment";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostScanTarget/ChangeHostScanTargetCompartment";
          const pathParams = {
            "{hostScanTargetId}": changeHostScanTargetCompartmentRequest.hostScanTargetId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": changeHostScanTargetCompartmentRequest.ifMatch,
            "opc-request-id": changeHostScanTargetCompartmentRequest.opcRequestId,
            "opc-retry-token": changeHostScanTargetCompartmentRequest.opcRetryToken
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, changeHostScanTargetCompartmentRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostScanTargets/{hostScanTargetId}/actions/changeCompartment",
            method: "POST",
            bodyContent: common.ObjectSerializer.serialize(changeHostScanTargetCompartmentRequest.changeHostScanTargetCompartmentDetails, "ChangeHostScanTargetCompartmentDetails", model.ChangeHostScanTargetCompartmentDetails.getJsonObj),
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
       * Creates a new ContainerScanRecipe. A recipe determines the types of security issues that you want scanned.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param CreateContainerScanRecipeRequest
       * @return CreateContainerScanRecipeResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/CreateContainerScanRecipe.ts.html |here} to see how to use CreateContainerScanRecipe API.
       */
      createContainerScanRecipe(createContainerScanRecipeRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#createContainerScanRecipe.");
          const operationName = "createContainerScanRecipe";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/ContainerScanRecipe/CreateContainerScanRecipe";
          const pathParams = {};
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-retry-token": createContainerScanRecipeRequest.opcRetryToken,
            "opc-request-id": createContainerScanRecipeRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, createContainerScanRecipeRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/containerScanRecipes",
            method: "POST",
            bodyContent: common.ObjectSerializer.serialize(createContainerScanRecipeRequest.createContainerScanRecipeDetails, "CreateContainerScanRecipeDetails", model.CreateContainerScanRecipeDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "containerScanRecipe",
              bodyModel: model.ContainerScanRecipe,
              type: "model.ContainerScanRecipe",
              responseHeaders: [
                {
                  value: response.headers.get("etag"),
                  key: "etag",
                  dataType: "string"
                },
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
       * Creates a new ContainerScanTarget. A container scan target specifies a group of one or more Docker image repositories in Oracle Cloud Infrastructure Registry (OCIR) that you want routinely scanned for security vulnerabilities.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param CreateContainerScanTargetRequest
       * @return CreateContainerScanTargetResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/CreateContainerScanTarget.ts.html |here} to see how to use CreateContainerScanTarget API.
       */
      createContainerScanTarget(createContainerScanTargetRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#createContainerScanTarget.");
          const operationName = "createContainerScanTarget";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/ContainerScanTarget/CreateContainerScanTarget";
          const pathParams = {};
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-retry-token": createContainerScanTargetRequest.opcRetryToken,
            "opc-request-id": createContainerScanTargetRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, createContainerScanTargetRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/containerScanTargets",
            method: "POST",
            bodyContent: common.ObjectSerializer.serialize(createContainerScanTargetRequest.createContainerScanTargetDetails, "CreateContainerScanTargetDetails", model.CreateContainerScanTargetDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "containerScanTarget",
              bodyModel: model.ContainerScanTarget,
              type: "model.ContainerScanTarget",
              responseHeaders: [
                {
                  value: response.headers.get("etag"),
                  key: "etag",
                  dataType: "string"
                },
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
       * Creates a new HostScanRecipe. A recipe determines the types of security issues that you want scanned, and how often to scan.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param CreateHostScanRecipeRequest
       * @return CreateHostScanRecipeResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/CreateHostScanRecipe.ts.html |here} to see how to use CreateHostScanRecipe API.
       */
      createHostScanRecipe(createHostScanRecipeRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#createHostScanRecipe.");
          const operationName = "createHostScanRecipe";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostScanRecipe/CreateHostScanRecipe";
          const pathParams = {};
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-retry-token": createHostScanRecipeRequest.opcRetryToken,
            "opc-request-id": createHostScanRecipeRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, createHostScanRecipeRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostScanRecipes",
            method: "POST",
            bodyContent: common.ObjectSerializer.serialize(createHostScanRecipeRequest.createHostScanRecipeDetails, "CreateHostScanRecipeDetails", model.CreateHostScanRecipeDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "hostScanRecipe",
              bodyModel: model.HostScanRecipe,
              type: "model.HostScanRecipe",
              responseHeaders: [
                {
                  value: response.headers.get("etag"),
                  key: "etag",
                  dataType: "string"
                },
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
       * Creates a new HostScanTarget. A host scan target is a collection of compute instances that you want routinely scanned for security vulnerabilities.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param CreateHostScanTargetRequest
       * @return CreateHostScanTargetResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/CreateHostScanTarget.ts.html |here} to see how to use CreateHostScanTarget API.
       */
      createHostScanTarget(createHostScanTargetRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#createHostScanTarget.");
          const operationName = "createHostScanTarget";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostScanTarget/CreateHostScanTarget";
          const pathParams = {};
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-retry-token": createHostScanTargetRequest.opcRetryToken,
            "opc-request-id": createHostScanTargetRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, createHostScanTargetRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostScanTargets",
            method: "POST",
            bodyContent: common.ObjectSerializer.serialize(createHostScanTargetRequest.createHostScanTargetDetails, "CreateHostScanTargetDetails", model.CreateHostScanTargetDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
              body: yield response.json(),
              bodyKey: "hostScanTarget",
              bodyModel: model.HostScanTarget,
              type: "model.HostScanTarget",
              responseHeaders: [
                {
                  value: response.headers.get("etag"),
                  key: "etag",
                  dataType: "string"
                },
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
       * Deletes the ContainerScanRecipe identified by the recipe ID.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param DeleteContainerScanRecipeRequest
       * @return DeleteContainerScanRecipeResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/DeleteContainerScanRecipe.ts.html |here} to see how to use DeleteContainerScanRecipe API.
       */
      deleteContainerScanRecipe(deleteContainerScanRecipeRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#deleteContainerScanRecipe.");
          const operationName = "deleteContainerScanRecipe";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/ContainerScanRecipe/DeleteContainerScanRecipe";
          const pathParams = {
            "{containerScanRecipeId}": deleteContainerScanRecipeRequest.containerScanRecipeId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": deleteContainerScanRecipeRequest.ifMatch,
            "opc-request-id": deleteContainerScanRecipeRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, deleteContainerScanRecipeRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/containerScanRecipes/{containerScanRecipeId}",
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
       * Deletes the ContainerScanResult identified by the container scan ID.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param DeleteContainerScanResultRequest
       * @return DeleteContainerScanResultResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/DeleteContainerScanResult.ts.html |here} to see how to use DeleteContainerScanResult API.
       */
      deleteContainerScanResult(deleteContainerScanResultRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#deleteContainerScanResult.");
          const operationName = "deleteContainerScanResult";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/ContainerScanResult/DeleteContainerScanResult";
          const pathParams = {
            "{containerScanResultId}": deleteContainerScanResultRequest.containerScanResultId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": deleteContainerScanResultRequest.ifMatch,
            "opc-request-id": deleteContainerScanResultRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, deleteContainerScanResultRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/containerScanResults/{containerScanResultId}",
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
       * Deletes the ContainerScanTarget identified by the target ID.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param DeleteContainerScanTargetRequest
       * @return DeleteContainerScanTargetResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/DeleteContainerScanTarget.ts.html |here} to see how to use DeleteContainerScanTarget API.
       */
      deleteContainerScanTarget(deleteContainerScanTargetRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#deleteContainerScanTarget.");
          const operationName = "deleteContainerScanTarget";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/ContainerScanTarget/DeleteContainerScanTarget";
          const pathParams = {
            "{containerScanTargetId}": deleteContainerScanTargetRequest.containerScanTargetId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": deleteContainerScanTargetRequest.ifMatch,
            "opc-request-id": deleteContainerScanTargetRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, deleteContainerScanTargetRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/containerScanTargets/{containerScanTargetId}",
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
       * Deletes the HostAgentScanResult identified by the host agent scan ID.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param DeleteHostAgentScanResultRequest
       * @return DeleteHostAgentScanResultResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/DeleteHostAgentScanResult.ts.html |here} to see how to use DeleteHostAgentScanResult API.
       */
      deleteHostAgentScanResult(deleteHostAgentScanResultRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#deleteHostAgentScanResult.");
          const operationName = "deleteHostAgentScanResult";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostAgentScanResult/DeleteHostAgentScanResult";
          const pathParams = {
            "{hostAgentScanResultId}": deleteHostAgentScanResultRequest.hostAgentScanResultId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": deleteHostAgentScanResultRequest.ifMatch,
            "opc-request-id": deleteHostAgentScanResultRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, deleteHostAgentScanResultRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostAgentScanResults/{hostAgentScanResultId}",
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
       * Deletes the HostCisBenchmarkScanResult identified by the benchmark scan result ID.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param DeleteHostCisBenchmarkScanResultRequest
       * @return DeleteHostCisBenchmarkScanResultResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/DeleteHostCisBenchmarkScanResult.ts.html |here} to see how to use DeleteHostCisBenchmarkScanResult API.
       */
      deleteHostCisBenchmarkScanResult(deleteHostCisBenchmarkScanResultRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#deleteHostCisBenchmarkScanResult.");
          const operationName = "deleteHostCisBenchmarkScanResult";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostCisBenchmarkScanResult/DeleteHostCisBenchmarkScanResult";
          const pathParams = {
            "{hostCisBenchmarkScanResultId}": deleteHostCisBenchmarkScanResultRequest.hostCisBenchmarkScanResultId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": deleteHostCisBenchmarkScanResultRequest.ifMatch,
            "opc-request-id": deleteHostCisBenchmarkScanResultRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, deleteHostCisBenchmarkScanResultRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostCisBenchmarkScanResults/{hostCisBenchmarkScanResultId}",
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
       * Deletes the HostEndpointProtectionScanResult identified by the id
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param DeleteHostEndpointProtectionScanResultRequest
       * @return DeleteHostEndpointProtectionScanResultResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/DeleteHostEndpointProtectionScanResult.ts.html |here} to see how to use DeleteHostEndpointProtectionScanResult API.
       */
      deleteHostEndpointProtectionScanResult(deleteHostEndpointProtectionScanResultRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#deleteHostEndpointProtectionScanResult.");
          const operationName = "deleteHostEndpointProtectionScanResult";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostEndpointProtectionScanResult/DeleteHostEndpointProtectionScanResult";
          const pathParams = {
            "{hostEndpointProtectionScanResultId}": deleteHostEndpointProtectionScanResultRequest.hostEndpointProtectionScanResultId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": deleteHostEndpointProtectionScanResultRequest.ifMatch,
            "opc-request-id": deleteHostEndpointProtectionScanResultRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, deleteHostEndpointProtectionScanResultRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostEndpointProtectionScanResults/{hostEndpointProtectionScanResultId}",
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
       * Deletes the HostPortScanResult identified by the host port scan ID.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param DeleteHostPortScanResultRequest
       * @return DeleteHostPortScanResultResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/DeleteHostPortScanResult.ts.html |here} to see how to use DeleteHostPortScanResult API.
       */
      deleteHostPortScanResult(deleteHostPortScanResultRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#deleteHostPortScanResult.");
          const operationName = "deleteHostPortScanResult";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostPortScanResult/DeleteHostPortScanResult";
          const pathParams = {
            "{hostPortScanResultId}": deleteHostPortScanResultRequest.hostPortScanResultId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": deleteHostPortScanResultRequest.ifMatch,
            "opc-request-id": deleteHostPortScanResultRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, deleteHostPortScanResultRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostPortScanResults/{hostPortScanResultId}",
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
       * Deletes the HostScanRecipe identified by the recipe ID.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param DeleteHostScanRecipeRequest
       * @return DeleteHostScanRecipeResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/DeleteHostScanRecipe.ts.html |here} to see how to use DeleteHostScanRecipe API.
       */
      deleteHostScanRecipe(deleteHostScanRecipeRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#deleteHostScanRecipe.");
          const operationName = "deleteHostScanRecipe";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostScanRecipe/DeleteHostScanRecipe";
          const pathParams = {
            "{hostScanRecipeId}": deleteHostScanRecipeRequest.hostScanRecipeId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": deleteHostScanRecipeRequest.ifMatch,
            "opc-request-id": deleteHostScanRecipeRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, deleteHostScanRecipeRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostScanRecipes/{hostScanRecipeId}",
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
       * Deletes the HostScanTarget identified by the target ID.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param DeleteHostScanTargetRequest
       * @return DeleteHostScanTargetResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/DeleteHostScanTarget.ts.html |here} to see how to use DeleteHostScanTarget API.
       */
      deleteHostScanTarget(deleteHostScanTargetRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#deleteHostScanTarget.");
          const operationName = "deleteHostScanTarget";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostScanTarget/DeleteHostScanTarget";
          const pathParams = {
            "{hostScanTargetId}": deleteHostScanTargetRequest.hostScanTargetId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": deleteHostScanTargetRequest.ifMatch,
            "opc-request-id": deleteHostScanTargetRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, deleteHostScanTargetRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostScanTargets/{hostScanTargetId}",
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
       * Exports a list of HostAgentScanResultSummary objects within a compartment and during a specified time range in CSV format. You can filter the results by problem severity.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ExportHostAgentScanResultCsvRequest
       * @return ExportHostAgentScanResultCsvResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ExportHostAgentScanResultCsv.ts.html |here} to see how to use ExportHostAgentScanResultCsv API.
       */
      exportHostAgentScanResultCsv(exportHostAgentScanResultCsvRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#exportHostAgentScanResultCsv.");
          const operationName = "exportHostAgentScanResultCsv";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostAgentScanResult/ExportHostAgentScanResultCsv";
          const pathParams = {};
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": exportHostAgentScanResultCsvRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, exportHostAgentScanResultCsvRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostAgentScanResults/actions/exportCsv",
            method: "POST",
            bodyContent: common.ObjectSerializer.serialize(exportHostAgentScanResultCsvRequest.exportHostAgentScanResultCsvDetails, "ExportHostAgentScanResultCsvDetails", model.ExportHostAgentScanResultCsvDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
              body: response.body,
              bodyKey: "value",
              bodyModel: "string",
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
       * Exports a list of HostVulnerabilitySummary objects in a compartment in CSV format.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ExportHostVulnerabilityCsvRequest
       * @return ExportHostVulnerabilityCsvResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ExportHostVulnerabilityCsv.ts.html |here} to see how to use ExportHostVulnerabilityCsv API.
       */
      exportHostVulnerabilityCsv(exportHostVulnerabilityCsvRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#exportHostVulnerabilityCsv.");
          const operationName = "exportHostVulnerabilityCsv";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostVulnerability/ExportHostVulnerabilityCsv";
          const pathParams = {};
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": exportHostVulnerabilityCsvRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, exportHostVulnerabilityCsvRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostVulnerabilities/actions/exportCsv",
            method: "POST",
            bodyContent: common.ObjectSerializer.serialize(exportHostVulnerabilityCsvRequest.exportHostVulnerabilityCsvDetails, "ExportHostVulnerabilityCsvDetails", model.ExportHostVulnerabilityCsvDetails.getJsonObj),
            pathParams,
            headerParams,
            queryParams
          });
          try {
            const response = yield retrier.makeServiceCall(this._httpClient, request, this.targetService, operationName, apiReferenceLink);
            const sdkResponse = oci_common_1.composeResponse({
              responseObject: {},
              body: response.body,
              bodyKey: "value",
              bodyModel: "string",
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
       * Retrieves a ContainerScanRecipe identified by the recipe ID. A recipe determines the types of security issues that you want scanned.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param GetContainerScanRecipeRequest
       * @return GetContainerScanRecipeResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/GetContainerScanRecipe.ts.html |here} to see how to use GetContainerScanRecipe API.
       */
      getContainerScanRecipe(getContainerScanRecipeRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#getContainerScanRecipe.");
          const operationName = "getContainerScanRecipe";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/ContainerScanRecipe/GetContainerScanRecipe";
          const pathParams = {
            "{containerScanRecipeId}": getContainerScanRecipeRequest.containerScanRecipeId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": getContainerScanRecipeRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getContainerScanRecipeRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/containerScanRecipes/{containerScanRecipeId}",
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
              bodyKey: "containerScanRecipe",
              bodyModel: model.ContainerScanRecipe,
              type: "model.ContainerScanRecipe",
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
       * Retrieves a ContainerScanResult identified by the container scan ID. The result includes a list of problems found in a specific image in a Docker repository.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param GetContainerScanResultRequest
       * @return GetContainerScanResultResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/GetContainerScanResult.ts.html |here} to see how to use GetContainerScanResult API.
       */
      getContainerScanResult(getContainerScanResultRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#getContainerScanResult.");
          const operationName = "getContainerScanResult";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/ContainerScanResult/GetContainerScanResult";
          const pathParams = {
            "{containerScanResultId}": getContainerScanResultRequest.containerScanResultId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": getContainerScanResultRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getContainerScanResultRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/containerScanResults/{containerScanResultId}",
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
              bodyKey: "containerScanResult",
              bodyModel: model.ContainerScanResult,
              type: "model.ContainerScanResult",
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
       * Gets a ContainerScanTarget identified by the target ID. A container scan target specifies a group of one or more Docker image repositories in Oracle Cloud Infrastructure Registry (OCIR) that you want routinely scanned for security vulnerabilities.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param GetContainerScanTargetRequest
       * @return GetContainerScanTargetResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/GetContainerScanTarget.ts.html |here} to see how to use GetContainerScanTarget API.
       */
      getContainerScanTarget(getContainerScanTargetRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#getContainerScanTarget.");
          const operationName = "getContainerScanTarget";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/ContainerScanTarget/GetContainerScanTarget";
          const pathParams = {
            "{containerScanTargetId}": getContainerScanTargetRequest.containerScanTargetId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": getContainerScanTargetRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getContainerScanTargetRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/containerScanTargets/{containerScanTargetId}",
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
              bodyKey: "containerScanTarget",
              bodyModel: model.ContainerScanTarget,
              type: "model.ContainerScanTarget",
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
       * Retrieves a HostAgentScanResult identified by the host agent scan ID. The result includes a list of CVEs detected in a specific compute instance.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param GetHostAgentScanResultRequest
       * @return GetHostAgentScanResultResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/GetHostAgentScanResult.ts.html |here} to see how to use GetHostAgentScanResult API.
       */
      getHostAgentScanResult(getHostAgentScanResultRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#getHostAgentScanResult.");
          const operationName = "getHostAgentScanResult";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostAgentScanResult/GetHostAgentScanResult";
          const pathParams = {
            "{hostAgentScanResultId}": getHostAgentScanResultRequest.hostAgentScanResultId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": getHostAgentScanResultRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getHostAgentScanResultRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostAgentScanResults/{hostAgentScanResultId}",
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
              bodyKey: "hostAgentScanResult",
              bodyModel: model.HostAgentScanResult,
              type: "model.HostAgentScanResult",
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
       * Retrieves a HostCisBenchmarkScanResult identified by the benchmark scan result ID. A CIS (Center for Internet Security) benchmark scan result includes a list of benchmarks that were tested on a specific compute instance, and whether each test passed or failed.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param GetHostCisBenchmarkScanResultRequest
       * @return GetHostCisBenchmarkScanResultResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/GetHostCisBenchmarkScanResult.ts.html |here} to see how to use GetHostCisBenchmarkScanResult API.
       */
      getHostCisBenchmarkScanResult(getHostCisBenchmarkScanResultRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#getHostCisBenchmarkScanResult.");
          const operationName = "getHostCisBenchmarkScanResult";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostCisBenchmarkScanResult/GetHostCisBenchmarkScanResult";
          const pathParams = {
            "{hostCisBenchmarkScanResultId}": getHostCisBenchmarkScanResultRequest.hostCisBenchmarkScanResultId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": getHostCisBenchmarkScanResultRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getHostCisBenchmarkScanResultRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostCisBenchmarkScanResults/{hostCisBenchmarkScanResultId}",
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
              bodyKey: "hostCisBenchmarkScanResult",
              bodyModel: model.HostCisBenchmarkScanResult,
              type: "model.HostCisBenchmarkScanResult",
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
       * Returns HostEndpointProtectionScanResults for the given host endpoint protection scan result ID.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param GetHostEndpointProtectionScanResultRequest
       * @return GetHostEndpointProtectionScanResultResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/GetHostEndpointProtectionScanResult.ts.html |here} to see how to use GetHostEndpointProtectionScanResult API.
       */
      getHostEndpointProtectionScanResult(getHostEndpointProtectionScanResultRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#getHostEndpointProtectionScanResult.");
          const operationName = "getHostEndpointProtectionScanResult";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostEndpointProtectionScanResult/GetHostEndpointProtectionScanResult";
          const pathParams = {
            "{hostEndpointProtectionScanResultId}": getHostEndpointProtectionScanResultRequest.hostEndpointProtectionScanResultId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": getHostEndpointProtectionScanResultRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getHostEndpointProtectionScanResultRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostEndpointProtectionScanResults/{hostEndpointProtectionScanResultId}",
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
              bodyKey: "hostEndpointProtectionScanResult",
              bodyModel: model.HostEndpointProtectionScanResult,
              type: "model.HostEndpointProtectionScanResult",
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
       * Retrieves a HostPortScanResult identified by the host port scan ID. The result includes a list of open ports that were detected in a specific compute instance.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param GetHostPortScanResultRequest
       * @return GetHostPortScanResultResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/GetHostPortScanResult.ts.html |here} to see how to use GetHostPortScanResult API.
       */
      getHostPortScanResult(getHostPortScanResultRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#getHostPortScanResult.");
          const operationName = "getHostPortScanResult";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostPortScanResult/GetHostPortScanResult";
          const pathParams = {
            "{hostPortScanResultId}": getHostPortScanResultRequest.hostPortScanResultId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": getHostPortScanResultRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getHostPortScanResultRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostPortScanResults/{hostPortScanResultId}",
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
              bodyKey: "hostPortScanResult",
              bodyModel: model.HostPortScanResult,
              type: "model.HostPortScanResult",
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
       * Retrieves a HostScanRecipe identified by the recipe ID. A recipe determines the types of security issues that you want scanned, and how often to scan.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param GetHostScanRecipeRequest
       * @return GetHostScanRecipeResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/GetHostScanRecipe.ts.html |here} to see how to use GetHostScanRecipe API.
       */
      getHostScanRecipe(getHostScanRecipeRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#getHostScanRecipe.");
          const operationName = "getHostScanRecipe";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostScanRecipe/GetHostScanRecipe";
          const pathParams = {
            "{hostScanRecipeId}": getHostScanRecipeRequest.hostScanRecipeId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": getHostScanRecipeRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getHostScanRecipeRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostScanRecipes/{hostScanRecipeId}",
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
              bodyKey: "hostScanRecipe",
              bodyModel: model.HostScanRecipe,
              type: "model.HostScanRecipe",
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
       * Retrieves a HostScanTarget identified by the target ID. A host scan target is a collection of compute instances that you want routinely scanned for security vulnerabilities.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param GetHostScanTargetRequest
       * @return GetHostScanTargetResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/GetHostScanTarget.ts.html |here} to see how to use GetHostScanTarget API.
       */
      getHostScanTarget(getHostScanTargetRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#getHostScanTarget.");
          const operationName = "getHostScanTarget";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostScanTarget/GetHostScanTarget";
          const pathParams = {
            "{hostScanTargetId}": getHostScanTargetRequest.hostScanTargetId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": getHostScanTargetRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getHostScanTargetRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostScanTargets/{hostScanTargetId}",
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
              bodyKey: "hostScanTarget",
              bodyModel: model.HostScanTarget,
              type: "model.HostScanTarget",
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
       * Retrieves a HostVulnerability identified by the host vulnerability ID. A host vulnerability describes a security issue that was detected in scans of one or more compute instances. Common Vulnerabilities and Exposures (CVE) numbers identify security vulnerabilities for operating systems and other software, including Critical Patch Updates and Security Alert advisories.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param GetHostVulnerabilityRequest
       * @return GetHostVulnerabilityResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/GetHostVulnerability.ts.html |here} to see how to use GetHostVulnerability API.
       */
      getHostVulnerability(getHostVulnerabilityRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#getHostVulnerability.");
          const operationName = "getHostVulnerability";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostVulnerability/GetHostVulnerability";
          const pathParams = {
            "{hostVulnerabilityId}": getHostVulnerabilityRequest.hostVulnerabilityId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": getHostVulnerabilityRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getHostVulnerabilityRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostVulnerabilities/{hostVulnerabilityId}",
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
              bodyKey: "hostVulnerability",
              bodyModel: model.HostVulnerability,
              type: "model.HostVulnerability",
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
       * Retrieves a Vulnerability identified by the vulnerability ID. A vulnerability describes a security issue that was detected in scans of one or more compute instances, container scan repositories. Common Vulnerabilities and Exposures (CVE) numbers identify security vulnerabilities for operating systems and other software, including Critical Patch Updates and Security Alert advisories.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param GetVulnerabilityRequest
       * @return GetVulnerabilityResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/GetVulnerability.ts.html |here} to see how to use GetVulnerability API.
       */
      getVulnerability(getVulnerabilityRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#getVulnerability.");
          const operationName = "getVulnerability";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/Vulnerability/GetVulnerability";
          const pathParams = {
            "{vulnerabilityId}": getVulnerabilityRequest.vulnerabilityId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": getVulnerabilityRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getVulnerabilityRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/vulnerabilities/{vulnerabilityId}",
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
              bodyKey: "vulnerability",
              bodyModel: model.Vulnerability,
              type: "model.Vulnerability",
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
       * Gets the status of the work request with the given ID.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param GetWorkRequestRequest
       * @return GetWorkRequestResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/GetWorkRequest.ts.html |here} to see how to use GetWorkRequest API.
       */
      getWorkRequest(getWorkRequestRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#getWorkRequest.");
          const operationName = "getWorkRequest";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/WorkRequest/GetWorkRequest";
          const pathParams = {
            "{workRequestId}": getWorkRequestRequest.workRequestId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": getWorkRequestRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, getWorkRequestRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/workRequests/{workRequestId}",
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
       * Retrieves a list of ContainerScanRecipeSummary objects in a compartment. A recipe determines the types of security issues that you want scanned.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ListContainerScanRecipesRequest
       * @return ListContainerScanRecipesResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ListContainerScanRecipes.ts.html |here} to see how to use ListContainerScanRecipes API.
       */
      listContainerScanRecipes(listContainerScanRecipesRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#listContainerScanRecipes.");
          const operationName = "listContainerScanRecipes";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/ContainerScanRecipe/ListContainerScanRecipes";
          const pathParams = {};
          const queryParams = {
            "compartmentId": listContainerScanRecipesRequest.compartmentId,
            "lifecycleState": listContainerScanRecipesRequest.lifecycleState,
            "displayName": listContainerScanRecipesRequest.displayName,
            "limit": listContainerScanRecipesRequest.limit,
            "page": listContainerScanRecipesRequest.page,
            "sortOrder": listContainerScanRecipesRequest.sortOrder,
            "sortBy": listContainerScanRecipesRequest.sortBy
          };
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": listContainerScanRecipesRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listContainerScanRecipesRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/containerScanRecipes",
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
              bodyKey: "containerScanRecipeSummaryCollection",
              bodyModel: model.ContainerScanRecipeSummaryCollection,
              type: "model.ContainerScanRecipeSummaryCollection",
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
       * Retrieves a list of ContainerScanResultSummary objects in a compartment. You can filter and sort the results by problem severity and time. A container scan result includes a list of problems detected in a specific image in a Docker repository.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ListContainerScanResultsRequest
       * @return ListContainerScanResultsResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ListContainerScanResults.ts.html |here} to see how to use ListContainerScanResults API.
       */
      listContainerScanResults(listContainerScanResultsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#listContainerScanResults.");
          const operationName = "listContainerScanResults";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/ContainerScanResult/ListContainerScanResults";
          const pathParams = {};
          const queryParams = {
            "compartmentId": listContainerScanResultsRequest.compartmentId,
            "repository": listContainerScanResultsRequest.repository,
            "image": listContainerScanResultsRequest.image,
            "areSubcompartmentsIncluded": listContainerScanResultsRequest.areSubcompartmentsIncluded,
            "highestProblemSeverity": listContainerScanResultsRequest.highestProblemSeverity,
            "timeStartedGreaterThanOrEqualTo": listContainerScanResultsRequest.timeStartedGreaterThanOrEqualTo,
            "timeStartedLessThanOrEqualTo": listContainerScanResultsRequest.timeStartedLessThanOrEqualTo,
            "sortOrder": listContainerScanResultsRequest.sortOrder,
            "sortBy": listContainerScanResultsRequest.sortBy,
            "limit": listContainerScanResultsRequest.limit,
            "page": listContainerScanResultsRequest.page,
            "isLatestOnly": listContainerScanResultsRequest.isLatestOnly
          };
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": listContainerScanResultsRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listContainerScanResultsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/containerScanResults",
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
              bodyKey: "containerScanResultSummaryCollection",
              bodyModel: model.ContainerScanResultSummaryCollection,
              type: "model.ContainerScanResultSummaryCollection",
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
       * Retrieves a list of ContainerScanTargetSummary objects in a compartment. A container scan target specifies a group of one or more Docker image repositories in Oracle Cloud Infrastructure Registry (OCIR) that you want routinely scanned for security vulnerabilities.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ListContainerScanTargetsRequest
       * @return ListContainerScanTargetsResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ListContainerScanTargets.ts.html |here} to see how to use ListContainerScanTargets API.
       */
      listContainerScanTargets(listContainerScanTargetsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#listContainerScanTargets.");
          const operationName = "listContainerScanTargets";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/ContainerScanTarget/ListContainerScanTargets";
          const pathParams = {};
          const queryParams = {
            "compartmentId": listContainerScanTargetsRequest.compartmentId,
            "lifecycleState": listContainerScanTargetsRequest.lifecycleState,
            "displayName": listContainerScanTargetsRequest.displayName,
            "limit": listContainerScanTargetsRequest.limit,
            "page": listContainerScanTargetsRequest.page,
            "sortOrder": listContainerScanTargetsRequest.sortOrder,
            "sortBy": listContainerScanTargetsRequest.sortBy
          };
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": listContainerScanTargetsRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listContainerScanTargetsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/containerScanTargets",
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
              bodyKey: "containerScanTargetSummaryCollection",
              bodyModel: model.ContainerScanTargetSummaryCollection,
              type: "model.ContainerScanTargetSummaryCollection",
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
       * Retrieves a list of HostAgentScanResultSummary objects in a compartment. You can filter and sort the results by problem severity and time. An agent scan result includes a list of CVEs detected in a specific compute instance.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ListHostAgentScanResultsRequest
       * @return ListHostAgentScanResultsResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ListHostAgentScanResults.ts.html |here} to see how to use ListHostAgentScanResults API.
       */
      listHostAgentScanResults(listHostAgentScanResultsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#listHostAgentScanResults.");
          const operationName = "listHostAgentScanResults";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostAgentScanResult/ListHostAgentScanResults";
          const pathParams = {};
          const queryParams = {
            "compartmentId": listHostAgentScanResultsRequest.compartmentId,
            "instanceId": listHostAgentScanResultsRequest.instanceId,
            "highestProblemSeverity": listHostAgentScanResultsRequest.highestProblemSeverity,
            "operatingSystem": listHostAgentScanResultsRequest.operatingSystem,
            "timeStartedGreaterThanOrEqualTo": listHostAgentScanResultsRequest.timeStartedGreaterThanOrEqualTo,
            "timeStartedLessThanOrEqualTo": listHostAgentScanResultsRequest.timeStartedLessThanOrEqualTo,
            "sortOrder": listHostAgentScanResultsRequest.sortOrder,
            "sortBy": listHostAgentScanResultsRequest.sortBy,
            "limit": listHostAgentScanResultsRequest.limit,
            "page": listHostAgentScanResultsRequest.page,
            "displayName": listHostAgentScanResultsRequest.displayName,
            "isLatestOnly": listHostAgentScanResultsRequest.isLatestOnly
          };
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": listHostAgentScanResultsRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listHostAgentScanResultsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostAgentScanResults",
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
              bodyKey: "hostAgentScanResultSummaryCollection",
              bodyModel: model.HostAgentScanResultSummaryCollection,
              type: "model.HostAgentScanResultSummaryCollection",
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
       * Retrieves a list of HostCisBenchmarkScanResultSummary objects in a compartment. You can filter and sort the results by problem severity and time. A CIS (Center for Internet Security) benchmark scan result includes the number of failed benchmark tests on a specific compute instance.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ListHostCisBenchmarkScanResultsRequest
       * @return ListHostCisBenchmarkScanResultsResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ListHostCisBenchmarkScanResults.ts.html |here} to see how to use ListHostCisBenchmarkScanResults API.
       */
      listHostCisBenchmarkScanResults(listHostCisBenchmarkScanResultsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#listHostCisBenchmarkScanResults.");
          const operationName = "listHostCisBenchmarkScanResults";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostCisBenchmarkScanResult/ListHostCisBenchmarkScanResults";
          const pathParams = {};
          const queryParams = {
            "compartmentId": listHostCisBenchmarkScanResultsRequest.compartmentId,
            "instanceId": listHostCisBenchmarkScanResultsRequest.instanceId,
            "highestProblemSeverity": listHostCisBenchmarkScanResultsRequest.highestProblemSeverity,
            "timeStartedGreaterThanOrEqualTo": listHostCisBenchmarkScanResultsRequest.timeStartedGreaterThanOrEqualTo,
            "timeStartedLessThanOrEqualTo": listHostCisBenchmarkScanResultsRequest.timeStartedLessThanOrEqualTo,
            "sortOrder": listHostCisBenchmarkScanResultsRequest.sortOrder,
            "sortBy": listHostCisBenchmarkScanResultsRequest.sortBy,
            "limit": listHostCisBenchmarkScanResultsRequest.limit,
            "page": listHostCisBenchmarkScanResultsRequest.page,
            "displayName": listHostCisBenchmarkScanResultsRequest.displayName,
            "isLatestOnly": listHostCisBenchmarkScanResultsRequest.isLatestOnly
          };
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": listHostCisBenchmarkScanResultsRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listHostCisBenchmarkScanResultsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostCisBenchmarkScanResults",
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
              bodyKey: "hostCisBenchmarkScanResultSummaryCollection",
              bodyModel: model.HostCisBenchmarkScanResultSummaryCollection,
              type: "model.HostCisBenchmarkScanResultSummaryCollection",
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
       * Returns a collection of HostEndpointProtectionScanResultSummary objects
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ListHostEndpointProtectionScanResultsRequest
       * @return ListHostEndpointProtectionScanResultsResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ListHostEndpointProtectionScanResults.ts.html |here} to see how to use ListHostEndpointProtectionScanResults API.
       */
      listHostEndpointProtectionScanResults(listHostEndpointProtectionScanResultsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#listHostEndpointProtectionScanResults.");
          const operationName = "listHostEndpointProtectionScanResults";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostEndpointProtectionScanResult/ListHostEndpointProtectionScanResults";
          const pathParams = {};
          const queryParams = {
            "compartmentId": listHostEndpointProtectionScanResultsRequest.compartmentId,
            "instanceId": listHostEndpointProtectionScanResultsRequest.instanceId,
            "highestProblemSeverity": listHostEndpointProtectionScanResultsRequest.highestProblemSeverity,
            "timeStartedGreaterThanOrEqualTo": listHostEndpointProtectionScanResultsRequest.timeStartedGreaterThanOrEqualTo,
            "timeStartedLessThanOrEqualTo": listHostEndpointProtectionScanResultsRequest.timeStartedLessThanOrEqualTo,
            "sortOrder": listHostEndpointProtectionScanResultsRequest.sortOrder,
            "sortBy": listHostEndpointProtectionScanResultsRequest.sortBy,
            "limit": listHostEndpointProtectionScanResultsRequest.limit,
            "page": listHostEndpointProtectionScanResultsRequest.page,
            "displayName": listHostEndpointProtectionScanResultsRequest.displayName,
            "isLatestOnly": listHostEndpointProtectionScanResultsRequest.isLatestOnly
          };
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": listHostEndpointProtectionScanResultsRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listHostEndpointProtectionScanResultsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostEndpointProtectionScanResults",
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
              bodyKey: "hostEndpointProtectionScanResultSummaryCollection",
              bodyModel: model.HostEndpointProtectionScanResultSummaryCollection,
              type: "model.HostEndpointProtectionScanResultSummaryCollection",
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
       * Retrieves a list of HostPortScanResultSummary objects in a compartment. You can filter and sort the results by problem severity and time. A port scan result includes a list of open ports that were detected in a specific compute instance.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ListHostPortScanResultsRequest
       * @return ListHostPortScanResultsResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ListHostPortScanResults.ts.html |here} to see how to use ListHostPortScanResults API.
       */
      listHostPortScanResults(listHostPortScanResultsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#listHostPortScanResults.");
          const operationName = "listHostPortScanResults";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostPortScanResult/ListHostPortScanResults";
          const pathParams = {};
          const queryParams = {
            "compartmentId": listHostPortScanResultsRequest.compartmentId,
            "instanceId": listHostPortScanResultsRequest.instanceId,
            "highestProblemSeverity": listHostPortScanResultsRequest.highestProblemSeverity,
            "timeStartedGreaterThanOrEqualTo": listHostPortScanResultsRequest.timeStartedGreaterThanOrEqualTo,
            "timeStartedLessThanOrEqualTo": listHostPortScanResultsRequest.timeStartedLessThanOrEqualTo,
            "sortOrder": listHostPortScanResultsRequest.sortOrder,
            "sortBy": listHostPortScanResultsRequest.sortBy,
            "limit": listHostPortScanResultsRequest.limit,
            "page": listHostPortScanResultsRequest.page,
            "displayName": listHostPortScanResultsRequest.displayName,
            "isLatestOnly": listHostPortScanResultsRequest.isLatestOnly
          };
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": listHostPortScanResultsRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listHostPortScanResultsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostPortScanResults",
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
              bodyKey: "hostPortScanResultSummaryCollection",
              bodyModel: model.HostPortScanResultSummaryCollection,
              type: "model.HostPortScanResultSummaryCollection",
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
       * Retrieves a list of HostScanRecipeSummary objects in a compartment. A recipe determines the types of security issues that you want scanned, and how often to scan.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ListHostScanRecipesRequest
       * @return ListHostScanRecipesResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ListHostScanRecipes.ts.html |here} to see how to use ListHostScanRecipes API.
       */
      listHostScanRecipes(listHostScanRecipesRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#listHostScanRecipes.");
          const operationName = "listHostScanRecipes";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostScanRecipe/ListHostScanRecipes";
          const pathParams = {};
          const queryParams = {
            "compartmentId": listHostScanRecipesRequest.compartmentId,
            "lifecycleState": listHostScanRecipesRequest.lifecycleState,
            "displayName": listHostScanRecipesRequest.displayName,
            "limit": listHostScanRecipesRequest.limit,
            "page": listHostScanRecipesRequest.page,
            "sortOrder": listHostScanRecipesRequest.sortOrder,
            "sortBy": listHostScanRecipesRequest.sortBy
          };
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": listHostScanRecipesRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listHostScanRecipesRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostScanRecipes",
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
              bodyKey: "hostScanRecipeSummaryCollection",
              bodyModel: model.HostScanRecipeSummaryCollection,
              type: "model.HostScanRecipeSummaryCollection",
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
       * Retrieves list of errors during scanning on instances associated with HostScanTarget identified by the target ID. A host scan target is a collection of compute instances that you want routinely scanned for security vulnerabilities.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ListHostScanTargetErrorsRequest
       * @return ListHostScanTargetErrorsResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ListHostScanTargetErrors.ts.html |here} to see how to use ListHostScanTargetErrors API.
       */
      listHostScanTargetErrors(listHostScanTargetErrorsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#listHostScanTargetErrors.");
          const operationName = "listHostScanTargetErrors";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostScanTargetErrorSummaryCollection/ListHostScanTargetErrors";
          const pathParams = {
            "{hostScanTargetId}": listHostScanTargetErrorsRequest.hostScanTargetId
          };
          const queryParams = {
            "compartmentId": listHostScanTargetErrorsRequest.compartmentId,
            "lifecycleState": listHostScanTargetErrorsRequest.lifecycleState,
            "sortOrder": listHostScanTargetErrorsRequest.sortOrder,
            "sortBy": listHostScanTargetErrorsRequest.sortBy,
            "limit": listHostScanTargetErrorsRequest.limit,
            "page": listHostScanTargetErrorsRequest.page
          };
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": listHostScanTargetErrorsRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listHostScanTargetErrorsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostScanTargets/{hostScanTargetId}/errors",
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
              bodyKey: "hostScanTargetErrorSummaryCollection",
              bodyModel: model.HostScanTargetErrorSummaryCollection,
              type: "model.HostScanTargetErrorSummaryCollection",
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
       * Retrieves a list of HostScanTargetSummary objects in a compartment. A host scan target is a collection of compute instances that you want routinely scanned for security vulnerabilities.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ListHostScanTargetsRequest
       * @return ListHostScanTargetsResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ListHostScanTargets.ts.html |here} to see how to use ListHostScanTargets API.
       */
      listHostScanTargets(listHostScanTargetsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#listHostScanTargets.");
          const operationName = "listHostScanTargets";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostScanTarget/ListHostScanTargets";
          const pathParams = {};
          const queryParams = {
            "compartmentId": listHostScanTargetsRequest.compartmentId,
            "lifecycleState": listHostScanTargetsRequest.lifecycleState,
            "displayName": listHostScanTargetsRequest.displayName,
            "limit": listHostScanTargetsRequest.limit,
            "page": listHostScanTargetsRequest.page,
            "sortOrder": listHostScanTargetsRequest.sortOrder,
            "sortBy": listHostScanTargetsRequest.sortBy
          };
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": listHostScanTargetsRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listHostScanTargetsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostScanTargets",
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
              bodyKey: "hostScanTargetSummaryCollection",
              bodyModel: model.HostScanTargetSummaryCollection,
              type: "model.HostScanTargetSummaryCollection",
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
       * Retrieves a list of HostVulnerabilitySummary objects in a compartment. You can filter and sort the vulnerabilities by problem severity and time. A host vulnerability describes a security issue that was detected in scans of one or more compute instances.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ListHostVulnerabilitiesRequest
       * @return ListHostVulnerabilitiesResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ListHostVulnerabilities.ts.html |here} to see how to use ListHostVulnerabilities API.
       */
      listHostVulnerabilities(listHostVulnerabilitiesRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#listHostVulnerabilities.");
          const operationName = "listHostVulnerabilities";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostVulnerability/ListHostVulnerabilities";
          const pathParams = {};
          const queryParams = {
            "compartmentId": listHostVulnerabilitiesRequest.compartmentId,
            "limit": listHostVulnerabilitiesRequest.limit,
            "page": listHostVulnerabilitiesRequest.page,
            "severity": listHostVulnerabilitiesRequest.severity,
            "name": listHostVulnerabilitiesRequest.name,
            "cveReference": listHostVulnerabilitiesRequest.cveReference,
            "vulnerabilityType": listHostVulnerabilitiesRequest.vulnerabilityType,
            "sortOrder": listHostVulnerabilitiesRequest.sortOrder,
            "sortBy": listHostVulnerabilitiesRequest.sortBy
          };
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": listHostVulnerabilitiesRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listHostVulnerabilitiesRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostVulnerabilities",
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
              bodyKey: "hostVulnerabilitySummaryCollection",
              bodyModel: model.HostVulnerabilitySummaryCollection,
              type: "model.HostVulnerabilitySummaryCollection",
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
       * Retrieves a list of HostVulnerabilityImpactedHostSummary objects for a specific host vulnerability ID. An impacted host summary identifies a compute instance on which the specified vulnerability was detected.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ListHostVulnerabilityImpactedHostsRequest
       * @return ListHostVulnerabilityImpactedHostsResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ListHostVulnerabilityImpactedHosts.ts.html |here} to see how to use ListHostVulnerabilityImpactedHosts API.
       */
      listHostVulnerabilityImpactedHosts(listHostVulnerabilityImpactedHostsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#listHostVulnerabilityImpactedHosts.");
          const operationName = "listHostVulnerabilityImpactedHosts";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostVulnerability/ListHostVulnerabilityImpactedHosts";
          const pathParams = {
            "{hostVulnerabilityId}": listHostVulnerabilityImpactedHostsRequest.hostVulnerabilityId
          };
          const queryParams = {
            "sortOrder": listHostVulnerabilityImpactedHostsRequest.sortOrder,
            "sortBy": listHostVulnerabilityImpactedHostsRequest.sortBy,
            "limit": listHostVulnerabilityImpactedHostsRequest.limit,
            "page": listHostVulnerabilityImpactedHostsRequest.page
          };
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": listHostVulnerabilityImpactedHostsRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listHostVulnerabilityImpactedHostsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostVulnerabilities/{hostVulnerabilityId}/impactedHosts",
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
              bodyKey: "hostVulnerabilityImpactedHostSummaryCollection",
              bodyModel: model.HostVulnerabilityImpactedHostSummaryCollection,
              type: "model.HostVulnerabilityImpactedHostSummaryCollection",
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
       * Retrieves a list of VulnerabilitySummary objects in a compartment. You can filter and sort the vulnerabilities by problem severity and time and type. A vulnerability describes a security issue that was detected in scans of one or more compute instances, container images.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ListVulnerabilitiesRequest
       * @return ListVulnerabilitiesResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ListVulnerabilities.ts.html |here} to see how to use ListVulnerabilities API.
       */
      listVulnerabilities(listVulnerabilitiesRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#listVulnerabilities.");
          const operationName = "listVulnerabilities";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/Vulnerability/ListVulnerabilities";
          const pathParams = {};
          const queryParams = {
            "compartmentId": listVulnerabilitiesRequest.compartmentId,
            "limit": listVulnerabilitiesRequest.limit,
            "page": listVulnerabilitiesRequest.page,
            "severity": listVulnerabilitiesRequest.severity,
            "name": listVulnerabilitiesRequest.name,
            "vulnerabilityReference": listVulnerabilitiesRequest.vulnerabilityReference,
            "vulnerabilityType": listVulnerabilitiesRequest.vulnerabilityType,
            "sortOrder": listVulnerabilitiesRequest.sortOrder,
            "sortBy": listVulnerabilitiesRequest.sortBy
          };
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": listVulnerabilitiesRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listVulnerabilitiesRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/vulnerabilities",
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
              bodyKey: "vulnerabilitySummaryCollection",
              bodyModel: model.VulnerabilitySummaryCollection,
              type: "model.VulnerabilitySummaryCollection",
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
       * Retrieves a list of VulnerabilityImpactedContainerSummary objects for a specific vulnerability ID. An impacted container image summary identifies container images on which the specified vulnerability was detected.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ListVulnerabilityImpactedContainersRequest
       * @return ListVulnerabilityImpactedContainersResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ListVulnerabilityImpactedContainers.ts.html |here} to see how to use ListVulnerabilityImpactedContainers API.
       */
      listVulnerabilityImpactedContainers(listVulnerabilityImpactedContainersRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#listVulnerabilityImpactedContainers.");
          const operationName = "listVulnerabilityImpactedContainers";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/Vulnerability/ListVulnerabilityImpactedContainers";
          const pathParams = {
            "{vulnerabilityId}": listVulnerabilityImpactedContainersRequest.vulnerabilityId
          };
          const queryParams = {
            "sortOrder": listVulnerabilityImpactedContainersRequest.sortOrder,
            "limit": listVulnerabilityImpactedContainersRequest.limit,
            "page": listVulnerabilityImpactedContainersRequest.page,
            "sortBy": listVulnerabilityImpactedContainersRequest.sortBy
          };
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": listVulnerabilityImpactedContainersRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listVulnerabilityImpactedContainersRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/vulnerabilities/{vulnerabilityId}/impactedContainers",
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
              bodyKey: "vulnerabilityImpactedContainerSummaryCollection",
              bodyModel: model.VulnerabilityImpactedContainerSummaryCollection,
              type: "model.VulnerabilityImpactedContainerSummaryCollection",
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
       * Retrieves a list of VulnerabilityImpactedHostSummary objects for a specific host vulnerability ID. An impacted host summary identifies a compute instance on which the specified vulnerability was detected.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ListVulnerabilityImpactedHostsRequest
       * @return ListVulnerabilityImpactedHostsResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ListVulnerabilityImpactedHosts.ts.html |here} to see how to use ListVulnerabilityImpactedHosts API.
       */
      listVulnerabilityImpactedHosts(listVulnerabilityImpactedHostsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#listVulnerabilityImpactedHosts.");
          const operationName = "listVulnerabilityImpactedHosts";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/Vulnerability/ListVulnerabilityImpactedHosts";
          const pathParams = {
            "{vulnerabilityId}": listVulnerabilityImpactedHostsRequest.vulnerabilityId
          };
          const queryParams = {
            "sortOrder": listVulnerabilityImpactedHostsRequest.sortOrder,
            "sortBy": listVulnerabilityImpactedHostsRequest.sortBy,
            "limit": listVulnerabilityImpactedHostsRequest.limit,
            "page": listVulnerabilityImpactedHostsRequest.page
          };
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": listVulnerabilityImpactedHostsRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listVulnerabilityImpactedHostsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/vulnerabilities/{vulnerabilityId}/impactedHosts",
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
              bodyKey: "vulnerabilityImpactedHostSummaryCollection",
              bodyModel: model.VulnerabilityImpactedHostSummaryCollection,
              type: "model.VulnerabilityImpactedHostSummaryCollection",
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
       * Return a (paginated) list of errors for a given work request.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ListWorkRequestErrorsRequest
       * @return ListWorkRequestErrorsResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ListWorkRequestErrors.ts.html |here} to see how to use ListWorkRequestErrors API.
       */
      listWorkRequestErrors(listWorkRequestErrorsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#listWorkRequestErrors.");
          const operationName = "listWorkRequestErrors";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/WorkRequestError/ListWorkRequestErrors";
          const pathParams = {
            "{workRequestId}": listWorkRequestErrorsRequest.workRequestId
          };
          const queryParams = {
            "page": listWorkRequestErrorsRequest.page,
            "limit": listWorkRequestErrorsRequest.limit
          };
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": listWorkRequestErrorsRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listWorkRequestErrorsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/workRequests/{workRequestId}/errors",
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
              bodyKey: "workRequestErrorCollection",
              bodyModel: model.WorkRequestErrorCollection,
              type: "model.WorkRequestErrorCollection",
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
       * Return a (paginated) list of logs for a given work request.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ListWorkRequestLogsRequest
       * @return ListWorkRequestLogsResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ListWorkRequestLogs.ts.html |here} to see how to use ListWorkRequestLogs API.
       */
      listWorkRequestLogs(listWorkRequestLogsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#listWorkRequestLogs.");
          const operationName = "listWorkRequestLogs";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/WorkRequestLogEntry/ListWorkRequestLogs";
          const pathParams = {
            "{workRequestId}": listWorkRequestLogsRequest.workRequestId
          };
          const queryParams = {
            "page": listWorkRequestLogsRequest.page,
            "limit": listWorkRequestLogsRequest.limit
          };
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": listWorkRequestLogsRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listWorkRequestLogsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/workRequests/{workRequestId}/logs",
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
              bodyKey: "workRequestLogEntryCollection",
              bodyModel: model.WorkRequestLogEntryCollection,
              type: "model.WorkRequestLogEntryCollection",
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
       * Lists the work requests in a compartment.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param ListWorkRequestsRequest
       * @return ListWorkRequestsResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/ListWorkRequests.ts.html |here} to see how to use ListWorkRequests API.
       */
      listWorkRequests(listWorkRequestsRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#listWorkRequests.");
          const operationName = "listWorkRequests";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/WorkRequest/ListWorkRequests";
          const pathParams = {};
          const queryParams = {
            "compartmentId": listWorkRequestsRequest.compartmentId,
            "page": listWorkRequestsRequest.page,
            "limit": listWorkRequestsRequest.limit
          };
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "opc-request-id": listWorkRequestsRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, listWorkRequestsRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/workRequests",
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
              bodyKey: "workRequestCollection",
              bodyModel: model.WorkRequestCollection,
              type: "model.WorkRequestCollection",
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
       * Updates the ContainerScanRecipe identified by the recipe ID. A recipe determines the types of security issues that you want scanned.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param UpdateContainerScanRecipeRequest
       * @return UpdateContainerScanRecipeResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/UpdateContainerScanRecipe.ts.html |here} to see how to use UpdateContainerScanRecipe API.
       */
      updateContainerScanRecipe(updateContainerScanRecipeRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#updateContainerScanRecipe.");
          const operationName = "updateContainerScanRecipe";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/ContainerScanRecipe/UpdateContainerScanRecipe";
          const pathParams = {
            "{containerScanRecipeId}": updateContainerScanRecipeRequest.containerScanRecipeId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": updateContainerScanRecipeRequest.ifMatch,
            "opc-request-id": updateContainerScanRecipeRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, updateContainerScanRecipeRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/containerScanRecipes/{containerScanRecipeId}",
            method: "PUT",
            bodyContent: common.ObjectSerializer.serialize(updateContainerScanRecipeRequest.updateContainerScanRecipeDetails, "UpdateContainerScanRecipeDetails", model.UpdateContainerScanRecipeDetails.getJsonObj),
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
       * Updates the ContainerScanTarget identified by the target ID. A container scan target specifies a group of one or more Docker image repositories in Oracle Cloud Infrastructure Registry (OCIR) that you want routinely scanned for security vulnerabilities.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param UpdateContainerScanTargetRequest
       * @return UpdateContainerScanTargetResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/UpdateContainerScanTarget.ts.html |here} to see how to use UpdateContainerScanTarget API.
       */
      updateContainerScanTarget(updateContainerScanTargetRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#updateContainerScanTarget.");
          const operationName = "updateContainerScanTarget";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/ContainerScanTarget/UpdateContainerScanTarget";
          const pathParams = {
            "{containerScanTargetId}": updateContainerScanTargetRequest.containerScanTargetId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": updateContainerScanTargetRequest.ifMatch,
            "opc-request-id": updateContainerScanTargetRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, updateContainerScanTargetRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/containerScanTargets/{containerScanTargetId}",
            method: "PUT",
            bodyContent: common.ObjectSerializer.serialize(updateContainerScanTargetRequest.updateContainerScanTargetDetails, "UpdateContainerScanTargetDetails", model.UpdateContainerScanTargetDetails.getJsonObj),
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
       * Updates the HostScanRecipe identified by the recipe ID. A recipe determines the types of security issues that you want scanned, and how often to scan.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param UpdateHostScanRecipeRequest
       * @return UpdateHostScanRecipeResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/UpdateHostScanRecipe.ts.html |here} to see how to use UpdateHostScanRecipe API.
       */
      updateHostScanRecipe(updateHostScanRecipeRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#updateHostScanRecipe.");
          const operationName = "updateHostScanRecipe";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostScanRecipe/UpdateHostScanRecipe";
          const pathParams = {
            "{hostScanRecipeId}": updateHostScanRecipeRequest.hostScanRecipeId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": updateHostScanRecipeRequest.ifMatch,
            "opc-request-id": updateHostScanRecipeRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, updateHostScanRecipeRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostScanRecipes/{hostScanRecipeId}",
            method: "PUT",
            bodyContent: common.ObjectSerializer.serialize(updateHostScanRecipeRequest.updateHostScanRecipeDetails, "UpdateHostScanRecipeDetails", model.UpdateHostScanRecipeDetails.getJsonObj),
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
       * Updates the HostScanTarget identified by the target ID. A host scan target is a collection of compute instances that you want routinely scanned for security vulnerabilities.
       *
       * This operation does not retry by default if the user has not defined a retry configuration.
       * @param UpdateHostScanTargetRequest
       * @return UpdateHostScanTargetResponse
       * @throws OciError when an error occurs
       * @example Click {@link https://docs.oracle.com/en-us/iaas/tools/typescript-sdk-examples/latest/vulnerabilityscanning/UpdateHostScanTarget.ts.html |here} to see how to use UpdateHostScanTarget API.
       */
      updateHostScanTarget(updateHostScanTargetRequest) {
        return __awaiter(this, void 0, void 0, function* () {
          if (this.logger)
            this.logger.debug("Calling operation VulnerabilityScanningClient#updateHostScanTarget.");
          const operationName = "updateHostScanTarget";
          const apiReferenceLink = "https://docs.oracle.com/iaas/api/#/en/scanning/20210215/HostScanTarget/UpdateHostScanTarget";
          const pathParams = {
            "{hostScanTargetId}": updateHostScanTargetRequest.hostScanTargetId
          };
          const queryParams = {};
          let headerParams = {
            "Content-Type": common.Constants.APPLICATION_JSON,
            "if-match": updateHostScanTargetRequest.ifMatch,
            "opc-request-id": updateHostScanTargetRequest.opcRequestId
          };
          const specRetryConfiguration = common.NoRetryConfigurationDetails;
          const retrier = oci_common_1.GenericRetrier.createPreferredRetrier(this._clientConfiguration ? this._clientConfiguration.retryConfiguration : void 0, updateHostScanTargetRequest.retryConfiguration, specRetryConfiguration);
          if (this.logger)
            retrier.logger = this.logger;
          const request = yield oci_common_1.composeRequest({
            baseEndpoint: this._endpoint,
            defaultHeaders: this._defaultHeaders,
            path: "/hostScanTargets/{hostScanTargetId}",
            method: "PUT",
            bodyContent: common.ObjectSerializer.serialize(updateHostScanTargetRequest.updateHostScanTargetDetails, "UpdateHostScanTargetDetails", model.UpdateHostScanTargetDetails.getJsonObj),
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
    };
    exports.VulnerabilityScanningClient = VulnerabilityScanningClient3;
    VulnerabilityScanningClient3.serviceEndpointTemplate = "https://vss-cp-api.{region}.oci.{secondLevelDomain}";
    VulnerabilityScanningClient3.endpointServiceName = "";
  }
});

// node_modules/oci-vulnerabilityscanning/index.js
var require_oci_vulnerabilityscanning = __commonJS({
  "node_modules/oci-vulnerabilityscanning/index.js"(exports) {
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
    exports.VulnerabilityScanningWaiter = exports.VulnerabilityScanningClient = exports.responses = exports.requests = exports.models = void 0;
    var requests2 = __importStar(require_request());
    exports.requests = requests2;
    var models3 = __importStar(require_model());
    exports.models = models3;
    var responses = __importStar(require_response());
    exports.responses = responses;
    var client = __importStar(require_client());
    var vulnerabilityscanning_waiter = __importStar(require_vulnerabilityscanning_waiter());
    exports.VulnerabilityScanningClient = client.VulnerabilityScanningClient;
    exports.VulnerabilityScanningWaiter = vulnerabilityscanning_waiter.VulnerabilityScanningWaiter;
  }
});

// src/oci/scan-results.ts
var import_oci_vulnerabilityscanning2 = __toESM(require_oci_vulnerabilityscanning(), 1);
import { setTimeout as sleep } from "node:timers/promises";

// src/oci/scan-targets.ts
var import_oci_vulnerabilityscanning = __toESM(require_oci_vulnerabilityscanning(), 1);

// src/oci/compartments.ts
var import_oci_identity = __toESM(require_oci_identity(), 1);
var COMPARTMENT_PAGE_LIMIT = 1e3;
async function compartmentParents(oci) {
  const identity = oci.service(import_oci_identity.IdentityClient);
  const compartments = await allPages(async (page) => {
    const response = await oci.call(
      () => identity.listCompartments({
        compartmentId: oci.tenancy,
        compartmentIdInSubtree: true,
        accessLevel: import_oci_identity.requests.ListCompartmentsRequest.AccessLevel.Any,
        lifecycleState: "ACTIVE",
        limit: COMPARTMENT_PAGE_LIMIT,
        ...page ? { page } : {}
      })
    );
    return { items: response.items, nextPage: response.opcNextPage };
  });
  return new Map(compartments.map((compartment) => [compartment.id, compartment.compartmentId]));
}

// src/oci/scan-coverage.ts
var CHANGING_STATES = /* @__PURE__ */ new Set(["CREATING", "UPDATING"]);
function ancestryOf(compartmentId, tenancy, parents) {
  if (compartmentId === tenancy) return { compartments: [tenancy], complete: true };
  if (!parents) return { compartments: [compartmentId, tenancy], complete: false };
  const chain = [compartmentId];
  for (let current = compartmentId; current !== tenancy; ) {
    const parent = parents.get(current);
    if (parent === void 0 || chain.includes(parent)) {
      return { compartments: [...chain, tenancy], complete: false, unknownParentOf: current };
    }
    chain.push(parent);
    current = parent;
  }
  return { compartments: chain, complete: true };
}
function registryCovers(target, repositoryName, ancestry) {
  const registry = target.targetRegistry;
  if (!registry) return false;
  const repositories = registry.repositories ?? [];
  if (repositories.length > 0) {
    return registry.compartmentId === ancestry.compartments[0] && repositories.includes(repositoryName);
  }
  return ancestry.compartments.includes(registry.compartmentId);
}
function targetCovers(target, repositoryName, ancestry) {
  return target.lifecycleState === "ACTIVE" && registryCovers(target, repositoryName, ancestry);
}
function judgeCoverage(evidence) {
  const { repositoryName, ancestry, targets } = evidence;
  const covering = targets.find((target) => targetCovers(target, repositoryName, ancestry));
  if (covering) {
    const { id, displayName, compartmentId } = covering;
    return { state: "covered", target: { id, displayName, compartmentId } };
  }
  const changing = targets.filter(
    (target) => CHANGING_STATES.has(target.lifecycleState) && registryCovers(target, repositoryName, ancestry)
  ).map(
    (target) => `the target ${target.displayName} (${target.id}) that would cover it is ${target.lifecycleState}`
  );
  const hidden = ancestry.unknownParentOf ? `the compartment ${ancestry.unknownParentOf} is not among the compartments listed, so those above it are unknown` : "the compartments above the repository are unknown";
  const gaps = [...evidence.unread, ...ancestry.unknownParentOf ? [hidden] : [], ...changing];
  if (!ancestry.complete && gaps.length === 0) gaps.push(hidden);
  return gaps.length === 0 ? { state: "uncovered" } : { state: "unknown", gaps };
}
function targetSearchOrder(ancestry, parents, limit) {
  const all = [.../* @__PURE__ */ new Set([...ancestry.compartments, ...parents ? parents.keys() : []])];
  return { compartments: all.slice(0, limit), left: Math.max(0, all.length - limit) };
}

// src/oci/scan-targets.ts
var TARGET_SEARCH = { maxCompartments: 100, concurrency: 8 };
var NAMED_FAILURES = 3;
async function findScanCoverage(oci, repositoryName, repositoryCompartmentId, bounds = TARGET_SEARCH) {
  const unread = [];
  const parents = await compartmentParents(oci).catch((error) => {
    unread.push(`the tenancy's compartments could not be listed (${causeOf(error)})`);
    return void 0;
  });
  const ancestry = ancestryOf(repositoryCompartmentId, oci.tenancy, parents);
  const { compartments, left } = targetSearchOrder(ancestry, parents, bounds.maxCompartments);
  if (left > 0) {
    unread.push(
      `${left} compartment(s) beyond the first ${bounds.maxCompartments} were not searched for targets`
    );
  }
  const targets = [];
  const failures = [];
  let covered = false;
  await mapConcurrent(compartments, bounds.concurrency, async (compartmentId) => {
    if (covered) return;
    try {
      const found = await listTargets(oci, compartmentId);
      targets.push(...found);
      covered ||= found.some((target) => targetCovers(target, repositoryName, ancestry));
    } catch (error) {
      failures.push({ compartmentId, error });
    }
  });
  if (failures.length > 0) unread.push(unreadTargets(failures));
  return judgeCoverage({ repositoryName, ancestry, targets, unread });
}
async function listTargets(oci, compartmentId) {
  const scanning = oci.service(import_oci_vulnerabilityscanning.VulnerabilityScanningClient);
  return allPages(async (page) => {
    const response = await oci.call(
      () => scanning.listContainerScanTargets({ compartmentId, limit: PAGE_LIMIT, ...page ? { page } : {} })
    );
    return { items: response.containerScanTargetSummaryCollection.items, nextPage: response.opcNextPage };
  });
}
function unreadTargets(failures) {
  const named = failures.slice(0, NAMED_FAILURES).map((failure) => failure.compartmentId);
  const more = failures.length > named.length ? ` and ${failures.length - named.length} more` : "";
  return `the targets in compartment ${named.join(", ")}${more} could not be read (${causeOf(failures[0]?.error)})`;
}

// src/oci/scan-results.ts
var DEFAULT_POLL_INTERVAL_MS = 1e4;
var DEFAULT_MAX_POLL_INTERVAL_MS = 6e4;
var BACKOFF = 1.5;
var CLOCK_SKEW_MS = 3e4;
var GROUP = "<your-group>";
async function waitForScanResult(oci, request) {
  const started = Date.now();
  const coverage = await requireCoverage(oci, request);
  request.onCoverage?.(coverageNote(request, coverage));
  const initial = request.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  const cap = request.maxPollIntervalMs ?? DEFAULT_MAX_POLL_INTERVAL_MS;
  for (let attempt = 1, interval = initial; ; attempt += 1, interval = Math.min(cap, interval * BACKOFF)) {
    const found = await findResult(oci, request);
    const elapsedMs = Date.now() - started;
    if (found) {
      request.onPoll?.({ attempt, elapsedMs, timeoutMs: request.timeoutMs });
      return readReport(oci, found.id);
    }
    const remaining = request.timeoutMs - elapsedMs;
    const nextInMs = remaining > 0 ? Math.min(interval, remaining) : void 0;
    request.onPoll?.({ attempt, elapsedMs, timeoutMs: request.timeoutMs, ...nextInMs ? { nextInMs } : {} });
    if (nextInMs === void 0) throw timeoutError(request, attempt, coverage);
    await sleep(nextInMs);
  }
}
function resultMatches(result, request) {
  const repository = result.repository;
  if (repository !== request.repositoryName && !repository.endsWith(`/${request.repositoryName}`))
    return false;
  if (result.image === request.digest || result.image.endsWith(`@${request.digest}`)) return true;
  if (!request.tags.includes(result.image)) return false;
  const startedAt = new Date(result.timeStarted).getTime();
  return startedAt >= request.pushedAt.getTime() - CLOCK_SKEW_MS;
}
async function requireCoverage(oci, request) {
  const coverage = await findScanCoverage(oci, request.repositoryName, request.repositoryCompartmentId);
  if (coverage.state !== "uncovered") return coverage;
  if ((await listResults(oci, request.repositoryName)).length > 0) {
    return {
      state: "unknown",
      gaps: ["the repository has earlier scan results, though none of the targets read covers it"]
    };
  }
  throw new ActionError(
    `Vulnerability gate: no container scan target covers the repository ${request.repositoryName}, so no scan result will come. ${enableScanning(request)} Or set 'scan-gate: none'.`
  );
}
function enableScanning(request) {
  return `Enable scanning for it: create a container scan recipe and a container scan target (kept in any compartment) whose registry is compartment ${request.repositoryCompartmentId} or one above it, with no repository list (it then scans every repository there and below; the root compartment scans the whole tenancy), or compartment ${request.repositoryCompartmentId} with this repository listed; and give the service access: "Allow service vulnerability-scanning-service to read repos in tenancy" and "Allow service vulnerability-scanning-service to read compartments in tenancy".`;
}
var READ_POLICIES = `"Allow group ${GROUP} to inspect compartments in tenancy" and "Allow group ${GROUP} to read vss-family in tenancy"`;
function coverageNote(request, coverage) {
  if (coverage.state === "covered") {
    const { displayName, id, compartmentId } = coverage.target;
    return {
      certain: true,
      message: `Scan target ${displayName} (${id}, in compartment ${compartmentId}) covers ${request.repositoryName}`
    };
  }
  return {
    certain: false,
    message: `Vulnerability gate: whether a container scan target covers the repository ${request.repositoryName} could not be established: ${coverage.gaps.join("; ")}. Waiting for the scan result anyway, up to 'scan-timeout' (${Math.round(request.timeoutMs / 1e3)} s). For a certain answer the API key's user needs ${READ_POLICIES}. If no target covers it, no result will come: ${enableScanning(request)}`
  };
}
async function findResult(oci, request) {
  const matching = (await listResults(oci, request.repositoryName)).filter(
    (result) => resultMatches(result, request)
  );
  return matching.sort((a, b) => timeOf(b.timeStarted) - timeOf(a.timeStarted))[0];
}
async function listResults(oci, repository) {
  const scanning = oci.service(import_oci_vulnerabilityscanning2.VulnerabilityScanningClient);
  try {
    return await allPages(async (page) => {
      const response = await oci.call(
        () => scanning.listContainerScanResults({
          compartmentId: oci.tenancy,
          areSubcompartmentsIncluded: true,
          repository,
          limit: PAGE_LIMIT,
          ...page ? { page } : {}
        })
      );
      return { items: response.containerScanResultSummaryCollection.items, nextPage: response.opcNextPage };
    });
  } catch (error) {
    throw new ActionError(
      `Vulnerability gate: the scan results of ${repository} could not be read. The API key's user needs: "Allow group ${GROUP} to read vss-family in tenancy". ${causeOf(error)}`
    );
  }
}
async function readReport(oci, resultId) {
  const scanning = oci.service(import_oci_vulnerabilityscanning2.VulnerabilityScanningClient);
  let result;
  try {
    ({ containerScanResult: result } = await oci.call(
      () => scanning.getContainerScanResult({ containerScanResultId: resultId })
    ));
  } catch (error) {
    throw new ActionError(
      `Vulnerability gate: the scan result ${resultId} could not be read. The API key's user needs: "Allow group ${GROUP} to read vss-family in tenancy". ${causeOf(error)}`
    );
  }
  const problems = (result.problems ?? []).map((problem) => ({
    name: problem.name,
    severity: severityOf(problem.severity),
    ...problem.cveReference ? { cveReference: problem.cveReference } : {},
    packages: (problem.vulnerablePackages ?? []).map((pkg) => ({
      name: pkg.name,
      version: pkg.version,
      ...pkg.cveFixVersion ? { fixVersion: pkg.cveFixVersion } : {}
    }))
  }));
  return {
    resultId: result.id,
    repository: result.repository,
    image: result.image,
    highestSeverity: severityOf(result.highestProblemSeverity),
    problemCount: result.problemCount ?? problems.length,
    problems,
    timeFinished: new Date(result.timeFinished).toISOString()
  };
}
function severityOf(value) {
  return SEVERITIES.find((severity) => severity === value) ?? "CRITICAL";
}
function timeOf(value) {
  return new Date(value).getTime();
}
function timeoutError(request, attempts, coverage) {
  const seconds = Math.round(request.timeoutMs / 1e3);
  const head = `Vulnerability gate: no scan result for ${request.repositoryName}@${request.digest} after ${seconds} s (${attempts} looks).`;
  const tail = "The image is pushed; it was not gated.";
  if (coverage.state === "unknown") {
    return new ActionError(
      `${head} Either the scan takes longer than 'scan-timeout' (a scan usually takes a few minutes after the push: raise 'scan-timeout', e.g. 20m), or no container scan target covers the repository, so no result will ever come (the gate could not establish coverage: ${coverage.gaps.join("; ")}). ${enableScanning(request)} ${tail}`
    );
  }
  const { displayName, id } = coverage.target;
  return new ActionError(
    `${head} A scan usually takes a few minutes after the push: raise 'scan-timeout' (e.g. 20m). If results never appear, check that the scan target ${displayName} (${id}) still covers this repository and that the service may pull from it: "Allow service vulnerability-scanning-service to read repos in tenancy". ${tail}`
  );
}
export {
  SEVERITIES,
  resultMatches,
  waitForScanResult
};
