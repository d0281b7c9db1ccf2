#!/usr/bin/env bash
# The hand-written step a team writes today to build, tag and push to OCIR with an auth token:
# the baseline the action is measured against (bench/run.ts). Everything comes from the
# environment, as a workflow passes secrets; the token goes to docker on stdin only (`echo` is a
# bash builtin, so it never shows on a command line). Arguments, if any, go to `docker build`
# (the benchmark passes the action's OCI labels that way in one variant). One `docker tag` and one
# `docker push` per extra tag, as the articles it comes from do.
#
#   REGISTRY=gru.ocir.io NAMESPACE=ns OCI_USERNAME=joao.silva TOKEN=… REPOSITORY=project-x/api \
#   CONTEXT=. TAG=1.0.0 EXTRA_TAGS="1.0 latest" bash bench/push.sh [--label key=value …]
set -euo pipefail

: "${REGISTRY:?}" "${NAMESPACE:?}" "${OCI_USERNAME:?}" "${TOKEN:?}" "${REPOSITORY:?}"
: "${CONTEXT:?}" "${TAG:?}"

image="$REGISTRY/$NAMESPACE/$REPOSITORY"
read -r -a extra_tags <<<"${EXTRA_TAGS:-}"

echo "$TOKEN" | docker login -u "$NAMESPACE/$OCI_USERNAME" --password-stdin "$REGISTRY"
docker build "$@" -t "$image:$TAG" "$CONTEXT"
for extra in "${extra_tags[@]}"; do docker tag "$image:$TAG" "$image:$extra"; done
docker push "$image:$TAG"
for extra in "${extra_tags[@]}"; do docker push "$image:$extra"; done
docker logout "$REGISTRY"
