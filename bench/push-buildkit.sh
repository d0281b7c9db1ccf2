#!/usr/bin/env bash
# The articles' flow (bench/push.sh) on a buildx builder: the baseline of the BuildKit cases in
# bench/run.ts. Same environment as push.sh, plus BUILDER (the builder's name) and DRIVER:
#   docker            `docker buildx build --load -t <first tag>`, then one `docker tag` and one
#                     `docker push` per tag: `docker build` then `docker push` per tag, as the
#                     articles write it (the docker driver builds into the engine's store).
#   docker-container  `docker buildx build --push` with every tag as `-t`: BuildKit pushes them all
#                     (a container builder has no local image to push from).
# Provenance off, as in the action (its default) and in the docker actions' runs.
#
#   REGISTRY=… NAMESPACE=… OCI_USERNAME=… TOKEN=… REPOSITORY=… CONTEXT=. TAG=1.0.0 \
#   EXTRA_TAGS="1.0 latest" BUILDER=default DRIVER=docker bash bench/push-buildkit.sh
set -euo pipefail

: "${REGISTRY:?}" "${NAMESPACE:?}" "${OCI_USERNAME:?}" "${TOKEN:?}" "${REPOSITORY:?}"
: "${CONTEXT:?}" "${TAG:?}" "${BUILDER:?}" "${DRIVER:?}"

image="$REGISTRY/$NAMESPACE/$REPOSITORY"
read -r -a extra_tags <<<"${EXTRA_TAGS:-}"

echo "$TOKEN" | docker login -u "$NAMESPACE/$OCI_USERNAME" --password-stdin "$REGISTRY"
case "$DRIVER" in
  docker)
    docker buildx build --builder "$BUILDER" --provenance=false --load -t "$image:$TAG" "$CONTEXT"
    for extra in "${extra_tags[@]}"; do docker tag "$image:$TAG" "$image:$extra"; done
    docker push "$image:$TAG"
    for extra in "${extra_tags[@]}"; do docker push "$image:$extra"; done
    ;;
  docker-container)
    names=(-t "$image:$TAG")
    for extra in "${extra_tags[@]}"; do names+=(-t "$image:$extra"); done
    docker buildx build --builder "$BUILDER" --provenance=false --push "${names[@]}" "$CONTEXT"
    ;;
  *)
    echo "DRIVER must be docker or docker-container, not '$DRIVER'" >&2
    exit 2
    ;;
esac
docker logout "$REGISTRY"
