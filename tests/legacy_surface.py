"""The public surface of the legacy ``azure.servicemanagement`` package (0.20.x), as data.

Transcribed from the notes on the legacy source (legacy_facts sections A, C and D.6).
test_legacy_surface.py holds this package to it.

Notation. A method or constructor is written as a Python signature, ``name(a, b=None)``:
the parameters a caller may pass positionally, in order, with their defaults (Python
literals). A legacy default that was no literal (a function) is written as a bare name,
and ours must then be listed in ``DIFFERENT_DEFAULTS``. A model line is
``Class(constructor parameters): attribute attribute ...`` (the attributes of a new
instance). An indented line continues the one above.
"""

from __future__ import annotations

#: Every service class had these (the base class ``_ServiceManagementClient``).
BASE_METHODS = """
__init__(subscription_id=None, cert_file=None, host='management.core.windows.net',
    request_session=None, timeout=65)
should_use_requests(cert_file)
with_filter(filter)
set_proxy(host, port, user=None, password=None)
perform_get(path, x_ms_version=None)
perform_put(path, body, x_ms_version=None)
perform_post(path, body, x_ms_version=None)
perform_delete(path, x_ms_version=None)
get_operation_status(request_id)
wait_for_operation_status(request_id, wait_for_status='Succeeded', timeout=30, sleep_interval=5,
    progress_callback=prints_a_dot, success_callback=prints_a_newline,
    failure_callback=prints_and_raises)
wait_for_operation_status_progress_default_callback(elapsed)
wait_for_operation_status_success_default_callback(elapsed)
wait_for_operation_status_failure_default_callback(elapsed, ex)
"""

#: Attributes every service class instance had.
BASE_ATTRIBUTES = "subscription_id cert_file host request_session x_ms_version content_type timeout"

_DEPLOYMENT = "service_name, deployment_name"
_ROLE = f"{_DEPLOYMENT}, role_name"

SERVICE_METHODS = {
    "ServiceManagementService": f"""
list_role_sizes()
list_subscriptions()
list_storage_accounts()
get_storage_account_properties(service_name)
get_storage_account_keys(service_name)
regenerate_storage_account_keys(service_name, key_type)
create_storage_account(service_name, description, label, affinity_group=None, location=None,
    geo_replication_enabled=None, extended_properties=None, account_type='Standard_GRS')
update_storage_account(service_name, description=None, label=None, geo_replication_enabled=None,
    extended_properties=None, account_type='Standard_GRS')
delete_storage_account(service_name)
check_storage_account_name_availability(service_name)
list_hosted_services()
get_hosted_service_properties(service_name, embed_detail=False)
create_hosted_service(service_name, label, description=None, location=None, affinity_group=None,
    extended_properties=None)
update_hosted_service(service_name, label=None, description=None, extended_properties=None)
delete_hosted_service(service_name, complete=False)
get_deployment_by_slot(service_name, deployment_slot)
get_deployment_by_name({_DEPLOYMENT})
create_deployment(service_name, deployment_slot, name, package_url, label, configuration,
    start_deployment=False, treat_warnings_as_error=False, extended_properties=None)
delete_deployment({_DEPLOYMENT}, delete_vhd=False)
swap_deployment(service_name, production, source_deployment)
change_deployment_configuration({_DEPLOYMENT}, configuration, treat_warnings_as_error=False,
    mode='Auto', extended_properties=None)
update_deployment_status({_DEPLOYMENT}, status)
upgrade_deployment({_DEPLOYMENT}, mode, package_url, configuration, label, force,
    role_to_upgrade=None, extended_properties=None)
walk_upgrade_domain({_DEPLOYMENT}, upgrade_domain)
rollback_update_or_upgrade({_DEPLOYMENT}, mode, force)
reboot_role_instance({_DEPLOYMENT}, role_instance_name)
reimage_role_instance({_DEPLOYMENT}, role_instance_name)
rebuild_role_instance({_DEPLOYMENT}, role_instance_name)
delete_role_instances({_DEPLOYMENT}, role_instance_names)
check_hosted_service_name_availability(service_name)
list_service_certificates(service_name)
get_service_certificate(service_name, thumbalgorithm, thumbprint)
add_service_certificate(service_name, data, certificate_format, password=None)
delete_service_certificate(service_name, thumbalgorithm, thumbprint)
list_management_certificates()
get_management_certificate(thumbprint)
add_management_certificate(public_key, thumbprint, data)
delete_management_certificate(thumbprint)
list_affinity_groups()
get_affinity_group_properties(affinity_group_name)
create_affinity_group(name, label, location, description=None)
update_affinity_group(affinity_group_name, label, description=None)
delete_affinity_group(affinity_group_name)
list_locations()
list_operating_systems()
list_operating_system_families()
get_subscription()
list_subscription_operations(start_time=None, end_time=None, object_id_filter=None,
    operation_result_filter=None, continuation_token=None)
create_reserved_ip_address(name, label=None, location=None)
delete_reserved_ip_address(name)
associate_reserved_ip_address(name, {_DEPLOYMENT}, virtual_ip_name=None)
disassociate_reserved_ip_address(name, {_DEPLOYMENT}, virtual_ip_name=None)
get_reserved_ip_address(name)
list_reserved_ip_addresses()
get_role({_ROLE})
create_virtual_machine_deployment({_DEPLOYMENT}, deployment_slot, label, role_name,
    system_config, os_virtual_hard_disk, network_config=None, availability_set_name=None,
    data_virtual_hard_disks=None, role_size=None, role_type='PersistentVMRole',
    virtual_network_name=None, resource_extension_references=None,
    provision_guest_agent=None, vm_image_name=None, media_location=None, dns_servers=None,
    reserved_ip_name=None)
add_role({_ROLE}, system_config, os_virtual_hard_disk, network_config=None,
    availability_set_name=None, data_virtual_hard_disks=None, role_size=None,
    role_type='PersistentVMRole', resource_extension_references=None,
    provision_guest_agent=None, vm_image_name=None, media_location=None)
update_role({_ROLE}, os_virtual_hard_disk=None, network_config=None,
    availability_set_name=None, data_virtual_hard_disks=None, role_size=None,
    role_type='PersistentVMRole', resource_extension_references=None,
    provision_guest_agent=None)
delete_role({_ROLE}, complete=False)
capture_role({_ROLE}, post_capture_action, target_image_name, target_image_label,
    provisioning_configuration=None)
start_role({_ROLE})
start_roles({_DEPLOYMENT}, role_names)
restart_role({_ROLE})
shutdown_role({_ROLE}, post_shutdown_action='Stopped')
shutdown_roles({_DEPLOYMENT}, role_names, post_shutdown_action='Stopped')
add_dns_server({_DEPLOYMENT}, dns_server_name, address)
update_dns_server({_DEPLOYMENT}, dns_server_name, address)
delete_dns_server({_DEPLOYMENT}, dns_server_name)
list_resource_extensions()
list_resource_extension_versions(publisher_name, extension_name)
replicate_vm_image(vm_image_name, regions, offer, sku, version)
unreplicate_vm_image(vm_image_name)
share_vm_image(vm_image_name, permission)
capture_vm_image({_ROLE}, options)
create_vm_image(vm_image)
delete_vm_image(vm_image_name, delete_vhd=False)
list_vm_images(location=None, publisher=None, category=None)
update_vm_image(vm_image_name, vm_image)
list_os_images()
get_os_image(image_name)
get_os_image_details(image_name)
add_os_image(label, media_link, name, os)
update_os_image(image_name, label, media_link, name, os)
update_os_image_from_image_reference(image_name, os_image)
delete_os_image(image_name, delete_vhd=False)
get_data_disk({_ROLE}, lun)
add_data_disk({_ROLE}, lun, host_caching=None, media_link=None, disk_label=None,
    disk_name=None, logical_disk_size_in_gb=None, source_media_link=None)
update_data_disk({_ROLE}, lun, host_caching=None, media_link=None, updated_lun=None,
    disk_label=None, disk_name=None, logical_disk_size_in_gb=None)
delete_data_disk({_ROLE}, lun, delete_vhd=False)
list_disks()
get_disk(disk_name)
add_disk(has_operating_system, label, media_link, name, os)
update_disk(disk_name, has_operating_system=None, label=None, media_link=None, name=None,
    os=None)
delete_disk(disk_name, delete_vhd=False)
list_virtual_network_sites()
""",
    "SqlDatabaseManagementService": """
create_server(admin_login, admin_password, location)
set_server_admin_password(server_name, admin_password)
delete_server(server_name)
list_servers()
list_quotas(server_name)
get_server_event_logs(server_name, start_date, interval_size_in_minutes, event_types='')
create_firewall_rule(server_name, name, start_ip_address, end_ip_address)
update_firewall_rule(server_name, name, start_ip_address, end_ip_address)
delete_firewall_rule(server_name, name)
list_firewall_rules(server_name)
list_service_level_objectives(server_name)
create_database(server_name, name, service_objective_id, edition=None, collation_name=None,
    max_size_bytes=None)
update_database(server_name, name, new_database_name=None, service_objective_id=None,
    edition=None, max_size_bytes=None)
delete_database(server_name, name)
list_databases(name)
""",
    "ServiceBusManagementService": """
get_regions()
list_namespaces()
get_namespace(name)
create_namespace(name, region)
delete_namespace(name)
check_namespace_availability(name)
list_queues(name)
list_topics(name)
list_notification_hubs(name)
list_relays(name)
get_supported_metrics_queue(name, queue_name)
get_supported_metrics_topic(name, topic_name)
get_supported_metrics_notification_hub(name, hub_name)
get_supported_metrics_relay(name, relay_name)
get_metrics_data_queue(name, queue_name, metric, rollup, filter_expresssion)
get_metrics_data_topic(name, topic_name, metric, rollup, filter_expresssion)
get_metrics_data_notification_hub(name, hub_name, metric, rollup, filter_expresssion)
get_metrics_data_relay(name, relay_name, metric, rollup, filter_expresssion)
get_metrics_rollups_queue(name, queue_name, metric)
get_metrics_rollups_topic(name, topic_name, metric)
get_metrics_rollups_notification_hub(name, hub_name, metric)
get_metrics_rollups_relay(name, relay_name, metric)
""",
    "WebsiteManagementService": """
list_webspaces()
get_webspace(webspace_name)
list_sites(webspace_name)
get_site(webspace_name, website_name)
create_site(webspace_name, website_name, geo_region, host_names, plan='VirtualDedicatedPlan',
    compute_mode='Shared', server_farm=None, site_mode=None)
delete_site(webspace_name, website_name, delete_empty_server_farm=False, delete_metrics=False)
update_site(webspace_name, website_name, state=None)
restart_site(webspace_name, website_name)
get_historical_usage_metrics(webspace_name, website_name, metrics=None, start_time=None,
    end_time=None, time_grain=None)
get_metric_definitions(webspace_name, website_name)
get_publish_profile_xml(webspace_name, website_name)
get_publish_profile(webspace_name, website_name)
""",
    "SchedulerManagementService": """
list_cloud_services()
create_cloud_service(cloud_service_id, label, description, geo_region)
get_cloud_service(cloud_service_id)
delete_cloud_service(cloud_service_id)
check_job_collection_name(cloud_service_id, job_collection_id)
create_job_collection(cloud_service_id, job_collection_id, plan='Standard')
delete_job_collection(cloud_service_id, job_collection_id)
get_job_collection(cloud_service_id, job_collection_id)
create_job(cloud_service_id, job_collection_id, job_id, job)
delete_job(cloud_service_id, job_collection_id, job_id)
get_job(cloud_service_id, job_collection_id, job_id)
get_all_jobs(cloud_service_id, job_collection_id)
""",
}

#: Class attributes the legacy service classes set in their constructors.
SERVICE_DEFAULTS = {
    "ServiceManagementService": {"x_ms_version": "2014-10-01"},
    "SqlDatabaseManagementService": {"content_type": "application/xml"},
    "ServiceBusManagementService": {"x_ms_version": "2012-03-01"},
    "WebsiteManagementService": {"x_ms_version": "2014-10-01"},
    "SchedulerManagementService": {"x_ms_version": "2014-10-01"},
}

FUNCTIONS = """
get_certificate_from_publish_settings(publish_settings_path, path_to_write_certificate,
    subscription_id=None)
parse_response_for_async_op(response)
"""

#: Constants the legacy package exported (values as ours must have them).
CONSTANTS = {
    "AZURE_MANAGEMENT_CERTFILE": "AZURE_MANAGEMENT_CERTFILE",
    "AZURE_MANAGEMENT_SUBSCRIPTIONID": "AZURE_MANAGEMENT_SUBSCRIPTIONID",
    "MANAGEMENT_HOST": "management.core.windows.net",
    "X_MS_VERSION": "2014-10-01",
}
#: Module attributes that ``import *`` does not give (their values are our own).
DUNDERS = ("__author__", "__version__")

#: Every exported model class: constructor, then the attributes of a new instance.
MODELS = """
AsynchronousOperationResult(request_id=None): request_id
AzureAsyncOperationHttpError(message, status_code, result): result status_code
AzureHttpError(message, status_code): status_code
WindowsAzureData():
Feed():

StorageServices(): storage_services
StorageService(): url service_name storage_service_properties storage_service_keys
    extended_properties capabilities
StorageAccountProperties(): description affinity_group location label status endpoints
    geo_replication_enabled geo_primary_region status_of_primary geo_secondary_region
    status_of_secondary last_geo_failover_time creation_time account_type
StorageServiceKeys(): primary secondary

Locations(): locations
Location(): name display_name available_services compute_capabilities
ComputeCapabilities(): web_worker_role_sizes virtual_machines_role_sizes
AffinityGroup(): name label description location hosted_services storage_services capabilities
AffinityGroups(): affinity_groups

HostedServices(): hosted_services
HostedService(): url service_name hosted_service_properties deployments
HostedServiceProperties(): description location affinity_group label status date_created
    date_last_modified extended_properties
Deployments(): deployments
Deployment(): name deployment_slot private_id status label url configuration role_instance_list
    upgrade_status upgrade_domain_count role_list sdk_version input_endpoint_list locked
    rollback_allowed persistent_vm_downtime_info created_time virtual_network_name
    last_modified_time extended_properties virtual_ips
RoleInstanceList(): role_instances
RoleInstance(): role_name instance_name instance_status instance_upgrade_domain
    instance_fault_domain instance_size instance_state_details instance_error_code ip_address
    instance_endpoints power_state fqdn host_name public_ips
InstanceEndpoints(): instance_endpoints
InstanceEndpoint(): name vip public_port local_port protocol
UpgradeStatus(): upgrade_type current_upgrade_domain_state current_upgrade_domain
InputEndpoints(): input_endpoints
InputEndpoint(): role_name vip port
RoleList(): roles
Role(): role_name role_type os_version configuration_sets availability_set_name
    data_virtual_hard_disks os_virtual_hard_disk role_size default_win_rm_certificate_thumbprint
PersistentVMRole(): role_name role_type os_version configuration_sets availability_set_name
    data_virtual_hard_disks os_virtual_hard_disk role_size default_win_rm_certificate_thumbprint
PersistentVMDowntimeInfo(): start_time end_time status
VirtualIPs(): virtual_ips
VirtualIP(): address is_reserved reserved_ip_name type
PublicIPs(): public_ips
PublicIP(name=''): name idle_timeout_in_minutes address
VirtualNetworkSites(): virtual_network_sites
VirtualNetworkSite(): name id affinity_group subnets
Subnets(): subnets
Subnet(): name address_prefix

ConfigurationSets(): configuration_sets
ConfigurationSet(): configuration_set_type role_type input_endpoints subnet_names public_ips
    static_virtual_network_ip_address
ConfigurationSetInputEndpoints(): input_endpoints
ConfigurationSetInputEndpoint(name='', protocol='', port='', local_port='',
    load_balanced_endpoint_set_name='', enable_direct_server_return=False,
    idle_timeout_in_minutes=4): enable_direct_server_return idle_timeout_in_minutes
    load_balanced_endpoint_set_name local_port name port load_balancer_probe protocol
LoadBalancerProbe(): path port protocol
WindowsConfigurationSet(computer_name=None, admin_password=None,
    reset_password_on_first_logon=None, enable_automatic_updates=None, time_zone=None,
    admin_username=None, custom_data=None): configuration_set_type computer_name
    admin_password admin_username reset_password_on_first_logon enable_automatic_updates
    time_zone domain_join stored_certificate_settings win_rm custom_data
    additional_unattend_content
DomainJoin(): credentials join_domain machine_object_ou
Credentials(): domain username password
StoredCertificateSettings(): stored_certificate_settings
CertificateSetting(thumbprint='', store_name='', store_location=''): thumbprint store_name
    store_location
WinRM(): listeners
Listeners(): listeners
Listener(protocol='', certificate_thumbprint=''): protocol certificate_thumbprint
AdditionalUnattendContent(): passes
Passes(): passes
UnattendPass(): pass_name components
Components(): components
UnattendComponent(): component_name component_settings
ComponentSettings(): component_settings
ComponentSetting(): setting_name content
LinuxConfigurationSet(host_name=None, user_name=None, user_password=None,
    disable_ssh_password_authentication=None, custom_data=None): configuration_set_type
    host_name user_name user_password disable_ssh_password_authentication ssh custom_data
SSH(): public_keys key_pairs
PublicKeys(): public_keys
PublicKey(fingerprint='', path=''): fingerprint path
KeyPairs(): key_pairs
KeyPair(fingerprint='', path=''): fingerprint path
DataVirtualHardDisks(): data_virtual_hard_disks
DataVirtualHardDisk(media_link='', host_caching=None, disk_label='', disk_name='', lun=0,
    logical_disk_size_in_gb=0, source_media_link=None): host_caching disk_label disk_name lun
    logical_disk_size_in_gb media_link source_media_link
OSVirtualHardDisk(source_image_name=None, media_link=None, host_caching=None, disk_label=None,
    disk_name=None, os=None, remote_source_image_link=None): source_image_name media_link
    host_caching disk_label disk_name os remote_source_image_link
DnsServer(): name address
ResourceExtensionReferences(): resource_extension_references
ResourceExtensionReference(reference_name='', publisher='', name='', version=''):
    reference_name publisher name version resource_extension_parameter_values state
    certificates
ResourceExtensionParameterValues(): resource_extension_parameter_values
ResourceExtensionParameterValue(): key value type
ResourceExtensions(): resource_extensions
ResourceExtension(): publisher name version label description public_configuration_schema
    private_configuration_schema sample_config replication_completed eula privacy_uri
    homepage_uri is_json_extension is_internal_extension disallow_major_version_upgrade
    company_name supported_os published_date

CaptureRoleAsVMImage(os_state=None, vm_image_name=None, vm_image_label=None, description=None,
    language=None, image_family=None, recommended_vm_size=None): os_state vm_image_name
    vm_image_label description language image_family recommended_vm_size
OSDiskConfiguration(): name host_caching os_state os media_link logical_disk_size_in_gb
DataDiskConfigurations(): data_disk_configurations
DataDiskConfiguration(): name host_caching lun media_link logical_disk_size_in_gb
VMImages(): vm_images
VMImage(name=None, label=None, description=None): name label category description
    os_disk_configuration data_disk_configurations service_name deployment_name role_name
    location affinity_group created_time modified_time language image_family
    recommended_vm_size is_premium eula icon_uri small_icon_uri privacy_uri publisher_name
    published_date show_in_gui pricing_detail_link
Images(): images
OSImage(): affinity_group category location logical_size_in_gb label media_link name os eula
    description image_family show_in_gui published_date is_premium icon_uri privacy_uri
    recommended_vm_size publisher_name pricing_detail_link small_icon_uri os_state language
OSImageDetails(): category label location logical_size_in_gb media_link name os eula
    description image_family show_in_gui published_date is_premium icon_uri privacy_uri
    recommended_vm_size small_icon_uri language replication_progress
ReplicationProgress(): replication_progress_elements
ReplicationProgressElement(): location progress
Disks(): disks
Disk(): affinity_group attached_to has_operating_system is_corrupted location
    logical_disk_size_in_gb label media_link name os source_image_name
AttachedTo(): hosted_service_name deployment_name role_name

Certificates(): certificates
Certificate(): certificate_url thumbprint thumbprint_algorithm data
SubscriptionCertificates(): subscription_certificates
SubscriptionCertificate(): subscription_certificate_public_key subscription_certificate_thumbprint
    subscription_certificate_data created
OperationError(): code message
Operation(): id status http_status_code error
ReservedIPs(): reserved_ips
ReservedIP(): name address id label state in_use service_name deployment_name location
OperatingSystem(): version label is_default is_active family family_label
OperatingSystems(): operating_systems
OperatingSystemFamily(): name label operating_systems
OperatingSystemFamilies(): operating_system_families
Subscriptions(): subscriptions
Subscription(): subscription_id subscription_name subscription_status
    account_admin_live_email_id service_admin_live_email_id max_core_count
    max_storage_accounts max_hosted_services current_core_count current_hosted_services
    current_storage_accounts max_virtual_network_sites current_virtual_network_sites
    max_local_network_sites max_dns_servers aad_tenant_id created_time
SubscriptionOperationCollection(): subscription_operations continuation_token
SubscriptionOperations(): subscription_operations
SubscriptionOperation(): operation_id operation_object_id operation_name operation_parameters
    operation_caller operation_status operation_started_time operation_completed_time
    operation_kind
SubscriptionOperationStatus(): status_id status http_status_code
OperationCaller(): used_service_management_api user_email_address
    subscription_certificate_thumbprint client_ip
AvailabilityResponse(): result reason
RoleSizes(): role_sizes
RoleSize(): name label cores memory_in_mb supported_by_web_worker_roles
    supported_by_virtual_machines max_data_disk_count web_worker_resource_disk_size_in_mb
    virtual_machine_resource_disk_size_in_mb

ServiceBusRegion(): code fullname
ServiceBusNamespace(): name region default_key status created_at acs_management_endpoint
    servicebus_endpoint connection_string subscription_id enabled
MetricProperties(): name primary_aggregation unit display_name
MetricValues(): timestamp min max average total
MetricRollups(): time_grain retention
QueueDescription(): lock_duration max_size_in_megabytes requires_duplicate_detection
    requires_session default_message_time_to_live dead_lettering_on_message_expiration
    duplicate_detection_history_time_window max_delivery_count enable_batched_operations
    size_in_bytes message_count is_anonymous_accessible authorization_rules status
    created_at updated_at accessed_at support_ordering auto_delete_on_idle count_details
    entity_availability_status
TopicDescription(): default_message_time_to_live max_size_in_megabytes
    requires_duplicate_detection duplicate_detection_history_time_window
    enable_batched_operations size_in_bytes filtering_messages_before_publishing
    is_anonymous_accessible authorization_rules status created_at updated_at accessed_at
    support_ordering count_details subscription_count
CountDetails(): active_message_count dead_letter_message_count scheduled_message_count
    transfer_message_count transfer_dead_letter_message_count
NotificationHubDescription(): registration_ttl authorization_rules
AuthorizationRules(): authorization_rule
AuthorizationRule(): claim_type claim_value rights created_time modified_time key_name
    primary_key secondary_keu
RelayDescription(): path listener_type listener_count created_at updated_at

WebSpaces(): web_space
WebSpace(): availability_state geo_location geo_region name plan status subscription
Sites(): site
Site(): admin_enabled availability_state compute_mode enabled enabled_host_names
    host_name_ssl_states host_names last_modified_time_utc name repository_site_name self_link
    server_farm site_mode state storage_recovery_default_state usage_state web_space
HostNameSslStates(): host_name_ssl_state
HostNameSslState(): name ssl_state
PublishData(): publish_profiles
PublishProfile(): profile_name publish_method publish_url msdeploysite user_name user_pwd
    destination_app_url sql_server_db_connection_string my_sqldb_connection_string
    hosting_provider_forum_link control_panel_link
MetricResponses(): metric_response
MetricResponse(): code data message
Data(): display_name end_time name primary_aggregation_type start_time time_grain unit values
Values(): metric_sample
MetricSample(): count time_created total
MetricDefinitions(): metric_definition
MetricDefinition(): display_name metric_availabilities name primary_aggregation_type unit
MetricAvailabilities(): metric_availability
MetricAvailability(): retention time_grain

Servers(): server
Server(): name administrator_login location geo_paired_region fully_qualified_domain_name version
ServerQuota(): name type state self_link parent_link value
EventLog(): name type state self_link parent_link database_name start_time_utc
    interval_size_in_minutes event_category event_type event_subtype
    event_subtype_description number_of_events severity description additional_data
CreateServerResponse(): server_name
Database(): name type state self_link parent_link id edition collation_name creation_date
    is_federation_root is_system_object max_size_bytes
FirewallRule(): name type state self_link parent_link start_ip_address end_ip_address
ServiceObjective(): name type state self_link parent_link id is_default is_system description
    enabled

CloudServices(): cloud_service
CloudService(): name label description geo_region resources
Resources(): resource
Resource(): resource_provider_namespace type name schema_version e_tag state
    intrinsic_settings operation_status
IntrinsicSettings(): plan quota
Quota(): max_job_count max_recurrence
MaxRecurrence(): frequency interval
OperationStatus(): type result
"""

#: Where our default deliberately differs from the legacy one -> why. Keys are
#: "Class.method.parameter" (``_ServiceManagementClient`` for the shared methods),
#: "Class.parameter" for a constructor, "function.parameter" for a function.
DIFFERENT_DEFAULTS = {
    **{
        f"_ServiceManagementClient.wait_for_operation_status.{callback}": (
            "The legacy default callbacks wrote progress dots and the failed operation to"
            " stdout; the ones here (same names, also class attributes) log to the"
            " 'servicemanagement' logger instead. The failure default raises, as it did."
        )
        for callback in ("progress_callback", "success_callback", "failure_callback")
    },
}
