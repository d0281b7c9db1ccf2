#!/usr/bin/env bash
# The hand-written step a team writes today to build, tag and push to OCIR with an auth token:
# the baseline the action is measured against (bench/run.ts). Everything comes from the
# environment, as a workflow passes secrets; the token goes to docker on stdin only (`echo` is a
# bash builtin, so it never shows on a command line). Arguments, if any, go to `docker build`
# (the benchmark passes the action's OCI labels that way in one variant).
#
#   REGISTRY=gru.ocir.io NAMESPACE=ns OCI_USERNAME=joao.silva TOKEN=… REPOSITORY=project-x/api \
#   CONTEXT=. TAG=1.0.0 EXTRA_TAG=latest bash bench/push.sh [--label key=value …]
set -euo pipefail

: "${REGISTRY:?}" "${NAMESPACE:?}" "${OCI_USERNAME:?}" "${TOKEN:?}" "${REPOSITORY:?}"
: "${CONTEXT:?}" "${TAG:?}" "${EXTRA_TAG:?}"

image="$REGISTRY/$NAMESPACE/$REPOSITORY"

echo "$TOKEN" | docker login -u "$NAMESPACE/$OCI_USERNAME" --password-stdin "$REGISTRY"
docker build "$@" -t "$image:$TAG" "$CONTEXT"
docker tag "$image:$TAG" "$image:$EXTRA_TAG"
docker push "$image:$TAG"
docker push "$image:$EXTRA_TAG"
docker logout "$REGISTRY"
