"""HDInsight classic clusters: requests and the cluster documents.

No recording covers them; expected requests and documents are written from the Node
HDInsight clients' wire format (x-ms-version 2012-08-01). The creation payload is the
caller's own document, sent as given.
"""

from __future__ import annotations

from servicemanagement import OPERATIONS
from servicemanagement.models import HDInsightClusterResponse, HDInsightIaasClusterResponse
from wirecheck import Cases, Expected, build, request_tests
from xmlcompare import xml_difference

VERSION = "2012-08-01"
CONTAINER = "cloudservices/hdinsight-westus/resources"
PAYLOAD = (
    '<ClusterCreateParameters xmlns="urn:example">caf\u00e9 &amp; more</ClusterCreateParameters>'
)
HDI13 = "http://schemas.microsoft.com/hdinsight/2013/05/management"
HDI14 = "http://schemas.microsoft.com/hdinsight/2014/05/management"

CASES: Cases = {
    "create_hdinsight_cluster": (
        lambda sms: sms.create_hdinsight_cluster("hdinsight-westus", "c1", PAYLOAD),
        Expected("PUT", f"{CONTAINER}/HDInsight/clusters/c1", VERSION, body=PAYLOAD),
    ),
    "create_hdinsight_iaas_cluster": (
        lambda sms: sms.create_hdinsight_iaas_cluster("hdinsight-westus", "c1", PAYLOAD),
        Expected("PUT", f"{CONTAINER}/HDInsight/iaasclusters/c1", VERSION, body=PAYLOAD),
    ),
    "delete_hdinsight_cluster": (
        lambda sms: sms.delete_hdinsight_cluster("hdinsight-westus", "c1"),
        Expected("DELETE", f"{CONTAINER}/hdinsight/clusters/c1", VERSION),
    ),
    "delete_hdinsight_iaas_cluster": (
        lambda sms: sms.delete_hdinsight_iaas_cluster("hdinsight-westus", "c1"),
        Expected("DELETE", f"{CONTAINER}/hdinsight/iaasclusters/c1", VERSION),
    ),
    "get_hdinsight_cluster": (
        lambda sms: sms.get_hdinsight_cluster("hdinsight-westus", "c1"),
        Expected("GET", f"{CONTAINER}/hdinsight/~/clusters/c1", VERSION),
    ),
    "get_hdinsight_iaas_cluster": (
        lambda sms: sms.get_hdinsight_iaas_cluster("hdinsight-westus", "c1"),
        Expected("GET", f"{CONTAINER}/hdinsight/~/iaasclusters/c1", VERSION),
    ),
}


test_request = request_tests(CASES, "hdinsight")


def test_the_creation_payload_is_sent_byte_for_byte() -> None:
    request = build(lambda sms: sms.create_hdinsight_cluster("hdinsight-westus", "c1", PAYLOAD))
    assert request.body == PAYLOAD.encode("utf-8")
    assert OPERATIONS["create_hdinsight_cluster"].is_async


def test_cluster_reads_the_envelope_and_cluster_namespaces() -> None:
    body = (
        f'<PassthroughResponse xmlns="{HDI13}"><Data>'
        f'<DnsName xmlns="{HDI14}">c1</DnsName><Location xmlns="{HDI14}">West US</Location>'
        f'<ClusterRoleCollection xmlns="{HDI14}"><ClusterRole><FriendlyName>HeadNodeRole'
        "</FriendlyName><InstanceCount>2</InstanceCount><RemoteDesktopSettings>"
        "<AuthenticationCredential><Password>p</Password><Username>u</Username>"
        "</AuthenticationCredential><IsEnabled>false</IsEnabled></RemoteDesktopSettings>"
        "<VMSize>Large</VMSize></ClusterRole></ClusterRoleCollection>"
        f'<Components xmlns="{HDI14}"><Gateway><IsEnabled>true</IsEnabled>'
        "<RestUri>https://c1.azurehdinsight.net</RestUri></Gateway>"
        "<Hadoopcore><CoreSiteXmlProperties>x</CoreSiteXmlProperties></Hadoopcore></Components>"
        f'<CreatedTime xmlns="{HDI14}">2015-03-01T10:00:00Z</CreatedTime>'
        f'<State xmlns="{HDI14}">Running</State>'
        "</Data></PassthroughResponse>"
    )
    response = HDInsightClusterResponse.from_xml(body)
    cluster = response.data
    assert cluster is not None and cluster.cluster_role_collection is not None
    assert (cluster.dns_name, cluster.state) == ("c1", "Running")
    role = cluster.cluster_role_collection[0]
    assert (role.friendly_name, role.instance_count, role.vm_size) == ("HeadNodeRole", 2, "Large")
    assert cluster.components is not None and cluster.components.gateway is not None
    assert cluster.components.gateway.is_enabled is True
    assert xml_difference(body, response.to_xml()) is None


def test_iaas_cluster_reads_endpoints_and_dictionaries() -> None:
    body = (
        f'<PassthroughResponse xmlns="{HDI13}"><Data>'
        f'<ConnectivityEndpoints xmlns="{HDI14}"><ConnectivityEndpoint><Location>c1.net</Location>'
        "<Name>HTTPS</Name><Port>443</Port><Protocol>TCP</Protocol></ConnectivityEndpoint>"
        "</ConnectivityEndpoints>"
        f'<DeploymentDocuments xmlns="{HDI14}"><KeyValueOfstringstring><Key>a</Key>'
        "<Value>1</Value></KeyValueOfstringstring></DeploymentDocuments>"
        f'<TenantId xmlns="{HDI14}">7</TenantId>'
        "</Data><Error>none</Error></PassthroughResponse>"
    )
    response = HDInsightIaasClusterResponse.from_xml(body)
    cluster = response.data
    assert cluster is not None and cluster.connectivity_endpoints is not None
    assert [e.port for e in cluster.connectivity_endpoints] == [443]
    assert (cluster.deployment_documents, cluster.tenant_id, response.error) == (
        {"a": "1"},
        7,
        "none",
    )
    assert xml_difference(body, response.to_xml()) is None
