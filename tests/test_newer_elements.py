"""Documents of newer API versions: the elements they added are read as typed fields and
written back in their wire order.

The documents follow the element trees of the final .NET generated clients
(ComputeManagement 2017-01-01, NetworkManagement 2016-07-01, StorageManagement
2016-03-01) and responses other public SDKs recorded; values are made up.
"""

from __future__ import annotations

from narrow import present
from servicemanagement.models import (
    ConfigurationSet,
    Deployment,
    Disk,
    HostedService,
    PersistentVMRole,
    ReservedIP,
    Site,
    StorageService,
    VirtualNetworkSites,
)
from xmlcompare import xml_difference

WA = 'xmlns="http://schemas.microsoft.com/windowsazure"'
XSI = 'xmlns:i="http://www.w3.org/2001/XMLSchema-instance"'

DEPLOYMENT = f"""<Deployment {WA} {XSI}>
  <Name>web</Name>
  <DeploymentSlot>Production</DeploymentSlot>
  <RoleInstanceList>
    <RoleInstance>
      <RoleName>vm1</RoleName>
      <InstanceName>vm1</InstanceName>
      <InstanceStatus>ReadyRole</InstanceStatus>
      <PowerState>Started</PowerState>
      <GuestAgentStatus>
        <ProtocolVersion>1.0</ProtocolVersion>
        <Timestamp>2016-05-01T10:00:00Z</Timestamp>
        <GuestAgentVersion>WALinuxAgent-2.0.16</GuestAgentVersion>
        <Status>Ready</Status>
        <Code>0</Code>
        <FormattedMessage>
          <Language>en-US</Language><Message>GuestAgent is running</Message>
        </FormattedMessage>
      </GuestAgentStatus>
      <ResourceExtensionStatusList>
        <ResourceExtensionStatus>
          <HandlerName>Microsoft.OSTCExtensions.CustomScriptForLinux</HandlerName>
          <Version>1.5.2.0</Version>
          <Status>Ready</Status>
          <ExtensionSettingStatus>
            <Timestamp>2016-05-01T10:01:00Z</Timestamp>
            <Name>CustomScript</Name>
            <Operation>Enable</Operation>
            <Status>Success</Status>
            <Code>0</Code>
            <SubStatusList>
              <SubStatus><Name>stdout</Name><Status>Success</Status></SubStatus>
            </SubStatusList>
          </ExtensionSettingStatus>
        </ResourceExtensionStatus>
      </ResourceExtensionStatusList>
      <PublicIPs>
        <PublicIP>
          <Name>pip</Name>
          <Address>40.1.2.3</Address>
          <IdleTimeoutInMinutes>4</IdleTimeoutInMinutes>
          <DomainNameLabel>pip-web</DomainNameLabel>
          <Fqdns><Fqdn>pip-web.web.cloudapp.net</Fqdn></Fqdns>
        </PublicIP>
      </PublicIPs>
      <NetworkInterfaces>
        <NetworkInterface>
          <Name>nic2</Name>
          <MacAddress>00-0D-3A-00-00-01</MacAddress>
          <IPConfigurations>
            <IPConfiguration><SubnetName>back</SubnetName><Address>10.0.1.4</Address></IPConfiguration>
          </IPConfigurations>
          <IPForwarding>Enabled</IPForwarding>
        </NetworkInterface>
      </NetworkInterfaces>
      <MaintenanceStatus>
        <IsCustomerInitiatedMaintenanceAllowed>true</IsCustomerInitiatedMaintenanceAllowed>
        <LastOperationResultCode>None</LastOperationResultCode>
      </MaintenanceStatus>
    </RoleInstance>
  </RoleInstanceList>
  <RoleList>
    <Role i:type="PersistentVMRole">
      <RoleName>vm1</RoleName>
      <RoleType>PersistentVMRole</RoleType>
      <ConfigurationSets>
        <ConfigurationSet>
          <ConfigurationSetType>NetworkConfiguration</ConfigurationSetType>
          <InputEndpoints>
            <InputEndpoint>
              <LoadBalancedEndpointSetName>web</LoadBalancedEndpointSetName>
              <LocalPort>80</LocalPort>
              <Name>http</Name>
              <Port>80</Port>
              <LoadBalancerProbe>
                <Path>/health</Path>
                <Port>80</Port>
                <Protocol>Http</Protocol>
                <IntervalInSeconds>15</IntervalInSeconds>
                <TimeoutInSeconds>31</TimeoutInSeconds>
              </LoadBalancerProbe>
              <Protocol>tcp</Protocol>
              <EnableDirectServerReturn>false</EnableDirectServerReturn>
              <EndpointAcl>
                <Rules>
                  <Rule><Order>100</Order><Action>permit</Action><RemoteSubnet>10.0.0.0/8</RemoteSubnet><Description>inside</Description></Rule>
                  <Rule><Order>200</Order><Action>deny</Action><RemoteSubnet>0.0.0.0/0</RemoteSubnet></Rule>
                </Rules>
              </EndpointAcl>
              <IdleTimeoutInMinutes>4</IdleTimeoutInMinutes>
              <LoadBalancerDistribution>sourceIP</LoadBalancerDistribution>
              <VirtualIPName>second</VirtualIPName>
            </InputEndpoint>
          </InputEndpoints>
          <SubnetNames><SubnetName>front</SubnetName></SubnetNames>
          <NetworkInterfaces>
            <NetworkInterface>
              <Name>nic2</Name>
              <IPConfigurations>
                <IPConfiguration><SubnetName>back</SubnetName><StaticVirtualNetworkIPAddress>10.0.1.4</StaticVirtualNetworkIPAddress></IPConfiguration>
              </IPConfigurations>
              <IPForwarding>Enabled</IPForwarding>
            </NetworkInterface>
          </NetworkInterfaces>
          <NetworkSecurityGroup>web-nsg</NetworkSecurityGroup>
        </ConfigurationSet>
      </ConfigurationSets>
      <ResourceExtensionReferences>
        <ResourceExtensionReference>
          <ReferenceName>CustomScript</ReferenceName>
          <Publisher>Microsoft.OSTCExtensions</Publisher>
          <Name>CustomScriptForLinux</Name>
          <Version>1.*</Version>
          <State>Enable</State>
          <ForceUpdate>true</ForceUpdate>
        </ResourceExtensionReference>
      </ResourceExtensionReferences>
      <Label>first machine</Label>
      <OSVirtualHardDisk>
        <MediaLink>https://account.blob.core.windows.net/vhds/vm1.vhd</MediaLink>
        <OS>Linux</OS>
        <ResizedSizeInGB>64</ResizedSizeInGB>
      </OSVirtualHardDisk>
      <RoleSize>Standard_D1</RoleSize>
      <ProvisionGuestAgent>true</ProvisionGuestAgent>
      <DebugSettings>
        <BootDiagnosticsEnabled>true</BootDiagnosticsEnabled>
        <SerialOutputBlobUri>https://account.blob.core.windows.net/bootdiagnostics/vm1.log</SerialOutputBlobUri>
      </DebugSettings>
      <LicenseType>Windows_Server</LicenseType>
      <MigrationState>Prepared</MigrationState>
    </Role>
  </RoleList>
  <PersistentVMDowntime><StartTime>2016-06-01T00:00:00Z</StartTime><Status>PersistentVMUpdateScheduled</Status></PersistentVMDowntime>
  <ExtensionConfiguration>
    <AllRoles><Extension><Id>diag</Id><State>Enable</State></Extension></AllRoles>
    <NamedRoles>
      <Role><RoleName>vm1</RoleName><Extensions><Extension><Id>rdp</Id><State>Disable</State></Extension></Extensions></Role>
    </NamedRoles>
  </ExtensionConfiguration>
  <ReservedIPName>web-ip</ReservedIPName>
  <InternalDnsSuffix>web.b1.internal.cloudapp.net</InternalDnsSuffix>
  <VirtualNetworkId>0a1b2c3d-0000-4000-8000-000000000001</VirtualNetworkId>
</Deployment>"""


def test_a_newer_deployment_is_read_as_typed_fields() -> None:
    deployment = Deployment.from_xml(DEPLOYMENT)
    (instance,) = present(deployment.role_instance_list)
    agent = present(instance.guest_agent_status)
    assert (agent.guest_agent_version, agent.code) == ("WALinuxAgent-2.0.16", 0)
    assert present(agent.formatted_message).message == "GuestAgent is running"
    (extension,) = present(instance.resource_extension_status_list)
    setting = present(extension.extension_setting_status)
    assert (setting.operation, setting.status, setting.code) == ("Enable", "Success", 0)
    assert [s.name for s in present(setting.sub_status_list)] == ["stdout"]
    (public_ip,) = present(instance.public_ips)
    assert public_ip.domain_name_label == "pip-web"
    assert public_ip.fqdns == ["pip-web.web.cloudapp.net"]
    (nic,) = present(instance.network_interfaces)
    assert nic.mac_address == "00-0D-3A-00-00-01"
    assert [c.address for c in present(nic.ip_configurations)] == ["10.0.1.4"]
    maintenance = present(instance.maintenance_status)
    assert maintenance.is_customer_initiated_maintenance_allowed is True

    (role,) = present(deployment.role_list)
    (network,) = present(role.configuration_sets)
    assert isinstance(network, ConfigurationSet)
    (endpoint,) = present(network.input_endpoints)
    probe = present(endpoint.load_balancer_probe)
    assert (probe.interval_in_seconds, probe.timeout_in_seconds) == (15, 31)
    rules = present(present(endpoint.endpoint_acl).rules)
    assert [(r.order, r.action) for r in rules] == [(100, "permit"), (200, "deny")]
    assert (endpoint.load_balancer_distribution, endpoint.virtual_ip_name) == (
        "sourceIP",
        "second",
    )
    assert network.network_security_group == "web-nsg"
    (second_nic,) = present(network.network_interfaces)
    assert second_nic.ip_forwarding == "Enabled"
    (reference,) = present(role.resource_extension_references)
    assert reference.force_update is True
    assert role.label == "first machine"
    assert present(role.os_virtual_hard_disk).resized_size_in_gb == 64
    assert present(role.debug_settings).boot_diagnostics_enabled is True
    assert (role.license_type, role.migration_state) == ("Windows_Server", "Prepared")

    config = present(deployment.extension_configuration)
    assert [(e.id, e.state) for e in present(config.all_roles)] == [("diag", "Enable")]
    (named,) = present(config.named_roles)
    assert [e.id for e in present(named.extensions)] == ["rdp"]
    assert deployment.reserved_ip_name == "web-ip"
    assert deployment.virtual_network_id == "0a1b2c3d-0000-4000-8000-000000000001"


def test_a_newer_deployment_writes_back_as_it_was_read() -> None:
    assert xml_difference(DEPLOYMENT, Deployment.from_xml(DEPLOYMENT).to_xml()) is None


def test_a_role_sends_the_newer_settings_in_wire_order() -> None:
    """add_role's body: the .NET client's order (DebugSettings and LicenseType last)."""
    role = PersistentVMRole.from_xml(
        f"""<PersistentVMRole {WA}><RoleName>vm2</RoleName>
        <VMImageInput><OSDiskConfiguration><ResizedSizeInGB>128</ResizedSizeInGB></OSDiskConfiguration>
        <DataDiskConfigurations><DataDiskConfiguration><Name>data0</Name><ResizedSizeInGB>256</ResizedSizeInGB></DataDiskConfiguration></DataDiskConfigurations>
        </VMImageInput></PersistentVMRole>"""
    )
    image_input = present(role.vm_image_input)
    assert present(image_input.os_disk_configuration).resized_size_in_gb == 128
    role.license_type = "Windows_Server"
    role.role_size = "Small"
    written = role.to_xml().decode()
    order = ["<RoleName>", "<RoleSize>", "<VMImageInput>", "<LicenseType>"]
    assert sorted(order, key=written.index) == order


def test_newer_elements_of_services_disks_networks_sites_and_reserved_ips() -> None:
    service = HostedService.from_xml(
        f"""<HostedService {WA}><ServiceName>web</ServiceName><HostedServiceProperties>
        <Location>West US</Location><ReverseDnsFqdn>web.contoso.com.</ReverseDnsFqdn>
        <GuestAgentType>ProdGA</GuestAgentType></HostedServiceProperties>
        <DefaultWinRmCertificateThumbprint>AB12</DefaultWinRmCertificateThumbprint>
        </HostedService>"""
    )
    properties = present(service.hosted_service_properties)
    assert (properties.reverse_dns_fqdn, properties.guest_agent_type) == (
        "web.contoso.com.",
        "ProdGA",
    )
    assert service.default_win_rm_certificate_thumbprint == "AB12"

    disk = Disk.from_xml(f"<Disk {WA}><Name>d</Name><IsPremium>true</IsPremium></Disk>")
    assert disk.is_premium is True

    storage = StorageService.from_xml(
        f"<StorageService {WA}><ServiceName>s</ServiceName>"
        "<MigrationState>Prepared</MigrationState></StorageService>"
    )
    assert storage.migration_state == "Prepared"

    sites = VirtualNetworkSites.from_xml(
        f"""<VirtualNetworkSites {WA}><VirtualNetworkSite><Name>net</Name><Label>net</Label>
        <InUse>true</InUse><Subnets><Subnet><Name>front</Name><AddressPrefix>10.0.0.0/24</AddressPrefix>
        <NetworkSecurityGroup>nsg</NetworkSecurityGroup><RouteTableName>rt</RouteTableName></Subnet></Subnets>
        <Dns><DnsServers><DnsServer><Name>dns</Name><Address>10.0.0.4</Address></DnsServer></DnsServers></Dns>
        <Gateway><Profile>Small</Profile><Sites><LocalNetworkSite><Name>office</Name>
        <AddressSpace><AddressPrefixes><AddressPrefix>192.168.0.0/16</AddressPrefix></AddressPrefixes></AddressSpace>
        <VpnGatewayAddress>1.2.3.4</VpnGatewayAddress>
        <Connections><Connection><Type>IPsec</Type></Connection></Connections>
        </LocalNetworkSite></Sites></Gateway><Location>West US</Location>
        </VirtualNetworkSite></VirtualNetworkSites>"""
    )
    (site,) = sites
    assert site.in_use is True
    (subnet,) = present(site.subnets)
    assert (subnet.network_security_group, subnet.route_table_name) == ("nsg", "rt")
    (dns,) = present(present(site.dns).dns_servers)
    assert dns.address == "10.0.0.4"
    (local,) = present(present(site.gateway).sites)
    (connection,) = present(local.connections)
    assert (local.vpn_gateway_address, connection.type) == ("1.2.3.4", "IPsec")
    assert present(local.address_space).address_prefixes == ["192.168.0.0/16"]

    web = Site.from_xml(
        '<Site xmlns="http://schemas.microsoft.com/windowsazure">'
        "<ContainerSize>1536</ContainerSize><HomeStamp>waws-prod-bay-001</HomeStamp>"
        "<Name>site</Name><ResourceGroup>Default-Web-WestUS</ResourceGroup>"
        "<SiteDisabledReason>0</SiteDisabledReason></Site>"
    )
    assert (web.container_size, web.home_stamp, web.resource_group) == (
        1536,
        "waws-prod-bay-001",
        "Default-Web-WestUS",
    )
    assert web.site_disabled_reason == 0

    reserved = ReservedIP.from_xml(
        f"<ReservedIP {WA}><Name>ip</Name><VirtualIPName>second</VirtualIPName></ReservedIP>"
    )
    assert reserved.virtual_ip_name == "second"
