import GroundworkAuditModel

/// The delivery area's checks: container images first, then Kubernetes manifests.
package enum DeliveryChecks {
    /// Every delivery check, in report order.
    package static let all: [any Check] = [
        ServiceHasDockerfileCheck(),
        BaseImagePinnedCheck(),
        NonRootUserCheck(),
        MultiStageBuildCheck(),
        DockerignorePresentCheck(),
        NoSecretsInImageCheck(),
        KubernetesManifestsValidCheck(),
        ContainerResourcesSetCheck(),
        ContainerProbesSetCheck(),
        NoPrivilegedContainerCheck(),
        NoDockerSocketMountCheck(),
        PrivilegeEscalationDisabledCheck(),
        ContainerImageTaggedCheck(),
        DeploymentAutoscaledCheck(),
    ]
}
