#!/usr/bin/env bash
# The usual way to put an image in more regions after the primary push: per region, a docker
# login, a `docker tag` with that region's registry, and a `docker push`, one region after the
# other, as a workflow with a step per region does. The baseline of the replication benchmark
# (bench/replicate-scenarios.ts). The token goes to docker on stdin only.
#
#   SOURCE_IMAGE=gru.ocir.io/ns/app:1.0 REGISTRIES="vcp.ocir.io iad.ocir.io" NAMESPACE=ns \
#   OCI_USERNAME=joao.silva TOKEN=… REPOSITORY=app TAG=1.0 bash bench/replicate.sh
set -euo pipefail

: "${SOURCE_IMAGE:?}" "${REGISTRIES:?}" "${NAMESPACE:?}" "${OCI_USERNAME:?}" "${TOKEN:?}"
: "${REPOSITORY:?}" "${TAG:?}"

for registry in $REGISTRIES; do
  echo "$TOKEN" | docker login -u "$NAMESPACE/$OCI_USERNAME" --password-stdin "$registry"
  docker tag "$SOURCE_IMAGE" "$registry/$NAMESPACE/$REPOSITORY:$TAG"
  docker push "$registry/$NAMESPACE/$REPOSITORY:$TAG"
done
