# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kctl_global_optspecs
    string join \n as= as-group= as-uid= cache-dir= certificate-authority= client-certificate= client-key= cluster= context= disable-compression= insecure-skip-tls-verify= kubeconfig= log-flush-frequency= match-server-version= n/namespace= password= profile= profile-output= request-timeout= s/server= tls-server-name= token= user= username= v/v= vmodule= warnings-as-errors= h/help
end

function __fish_kctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_kctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_kctl_using_subcommand
    set -l cmd (__fish_kctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c kctl -n "__fish_kctl_needs_command" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_needs_command" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_needs_command" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_needs_command" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_needs_command" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_needs_command" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_needs_command" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_needs_command" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_needs_command" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_needs_command" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_needs_command" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_needs_command" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_needs_command" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_needs_command" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_needs_command" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_needs_command" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_needs_command" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_needs_command" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_needs_command" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_needs_command" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_needs_command" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_needs_command" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_needs_command" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_needs_command" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_needs_command" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_needs_command" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_needs_command" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_needs_command" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "get" -d 'Display one or many resources'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "describe" -d 'Show details of a specific resource or group of resources'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "api-resources" -d 'Print the supported API resources on the server'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "version" -d 'Print the client and server version information'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "config" -d 'Modify kubeconfig files'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "completion" -d 'Output shell completion code for the specified shell (bash, zsh, fish, or powershell)'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "sandbox" -d 'Run a local Kubernetes API server (the sandbox)'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand get" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -s l -l selector -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l field-selector -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -s A -l all-namespaces -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l chunk-size -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l ignore-not-found -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l show-labels -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -s L -l label-columns -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l no-headers -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l show-kind -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -s w -l watch -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l watch-only -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l output-watch-events -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l sort-by -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l raw -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -s f -l filename -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -s R -l recursive -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l subresource -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand get" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand describe" -s l -l selector -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -s A -l all-namespaces -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -s f -l filename -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -s R -l recursive -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -l show-events -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -l chunk-size -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand describe" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l no-headers -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l api-group -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l namespaced -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l verbs -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l categories -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l sort-by -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l cached -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand api-resources" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand version" -l client -d 'If true, shows client version only (no server required).' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -s o -l output -d 'One of \'yaml\' or \'json\'.' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand version" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -f -a "view" -d 'Display merged kubeconfig settings or a specified kubeconfig file'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -f -a "set-cluster" -d 'Set a cluster entry in kubeconfig'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -f -a "set-credentials" -d 'Set a user entry in kubeconfig'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -f -a "set-context" -d 'Set a context entry in kubeconfig'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -f -a "set" -d 'Set an individual value in a kubeconfig file'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -f -a "unset" -d 'Unset an individual value in a kubeconfig file'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -f -a "current-context" -d 'Display the current-context'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -f -a "use-context" -d 'Set the current-context in a kubeconfig file'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -f -a "use" -d 'Set the current-context in a kubeconfig file'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -f -a "get-contexts" -d 'Describe one or many contexts'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -f -a "get-clusters" -d 'Display clusters defined in the kubeconfig'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -f -a "get-users" -d 'Display users defined in the kubeconfig'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -f -a "delete-cluster" -d 'Delete the specified cluster from the kubeconfig'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -f -a "delete-context" -d 'Delete the specified context from the kubeconfig'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -f -a "delete-user" -d 'Delete the specified user from the kubeconfig'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -f -a "rename-context" -d 'Rename a context from the kubeconfig file'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from view set-cluster set-credentials set-context set unset current-context use-context use get-contexts get-clusters get-users delete-cluster delete-context delete-user rename-context help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -s o -l output -d 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l merge -d 'Merge the full hierarchy of kubeconfig files' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l raw -d 'Display raw byte data and sensitive data' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l flatten -d 'Flatten the resulting kubeconfig file into self-contained output' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l minify -d 'Remove all information not used by current-context from the output' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -l server -d 'server for the cluster entry in kubeconfig' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -l tls-server-name -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -l insecure-skip-tls-verify -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -l certificate-authority -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -l embed-certs -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -l proxy-url -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-cluster" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l client-certificate -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l client-key -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l token -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l username -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l password -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l auth-provider -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l auth-provider-arg -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l exec-command -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l exec-api-version -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l exec-interactive-mode -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l exec-provide-cluster-info -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l exec-arg -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l exec-env -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l embed-certs -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-credentials" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l current -d 'Modify the current context' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l cluster -d 'cluster for the context entry in kubeconfig' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l user -d 'user for the context entry in kubeconfig' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l namespace -d 'namespace for the context entry in kubeconfig' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -l set-raw-bytes -d 'When writing a []byte PROPERTY_VALUE, write the given string directly without base64 decoding.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l no-headers -d 'When using the default or custom-column output format, don\'t print headers (default print headers).' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -s o -l output -d 'Output format. One of: (name).' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-clusters" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-users" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-cluster" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-user" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "view" -d 'Display merged kubeconfig settings or a specified kubeconfig file'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set-cluster" -d 'Set a cluster entry in kubeconfig'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set-credentials" -d 'Set a user entry in kubeconfig'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set-context" -d 'Set a context entry in kubeconfig'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set an individual value in a kubeconfig file'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Unset an individual value in a kubeconfig file'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "current-context" -d 'Display the current-context'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "use-context" -d 'Set the current-context in a kubeconfig file'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get-contexts" -d 'Describe one or many contexts'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get-clusters" -d 'Display clusters defined in the kubeconfig'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get-users" -d 'Display users defined in the kubeconfig'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "delete-cluster" -d 'Delete the specified cluster from the kubeconfig'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "delete-context" -d 'Delete the specified context from the kubeconfig'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "delete-user" -d 'Delete the specified user from the kubeconfig'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "rename-context" -d 'Rename a context from the kubeconfig file'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand completion" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand completion" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand completion" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand completion" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand completion" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand completion" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand completion" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand completion" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand completion" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand completion" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand completion" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand completion" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand completion" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand completion" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand completion" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand completion" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand completion" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand completion" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand completion" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand completion" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand completion" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand completion" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand completion" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand completion" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand completion" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand completion" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand completion" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand completion" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -f -a "serve" -d 'Run the sandbox API server in the foreground'
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -f -a "up" -d 'Start the sandbox in the background and switch to its context'
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -f -a "down" -d 'Stop the background sandbox'
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -f -a "status" -d 'Say whether the sandbox runs'
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -f -a "reset" -d 'Stop the sandbox and delete all its data'
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve up down status reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l listen -d 'Address to listen on; port 0 picks a free port' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l data-dir -d 'Where the sandbox keeps its store and certificates (default: $XDG_DATA_HOME/kctl/sandbox)' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l kubeconfig-out -d 'Write an admin kubeconfig here once serving' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l controllers -d 'Run the scheduler, controllers and simulated kubelet (default true)' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -l listen -d 'Address to listen on; port 0 picks a free port' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -l data-dir -d 'Where the sandbox keeps its store and certificates (default: $XDG_DATA_HOME/kctl/sandbox)' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from up" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -l data-dir -d 'Where the sandbox keeps its store and certificates (default: $XDG_DATA_HOME/kctl/sandbox)' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from down" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l data-dir -d 'Where the sandbox keeps its store and certificates (default: $XDG_DATA_HOME/kctl/sandbox)' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l data-dir -d 'Where the sandbox keeps its store and certificates (default: $XDG_DATA_HOME/kctl/sandbox)' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Run the sandbox API server in the foreground'
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "up" -d 'Start the sandbox in the background and switch to its context'
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "down" -d 'Stop the background sandbox'
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "status" -d 'Say whether the sandbox runs'
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Stop the sandbox and delete all its data'
complete -c kctl -n "__fish_kctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe api-resources version config completion sandbox help" -f -a "get" -d 'Display one or many resources'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe api-resources version config completion sandbox help" -f -a "describe" -d 'Show details of a specific resource or group of resources'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe api-resources version config completion sandbox help" -f -a "api-resources" -d 'Print the supported API resources on the server'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe api-resources version config completion sandbox help" -f -a "version" -d 'Print the client and server version information'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe api-resources version config completion sandbox help" -f -a "config" -d 'Modify kubeconfig files'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe api-resources version config completion sandbox help" -f -a "completion" -d 'Output shell completion code for the specified shell (bash, zsh, fish, or powershell)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe api-resources version config completion sandbox help" -f -a "sandbox" -d 'Run a local Kubernetes API server (the sandbox)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe api-resources version config completion sandbox help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "view" -d 'Display merged kubeconfig settings or a specified kubeconfig file'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set-cluster" -d 'Set a cluster entry in kubeconfig'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set-credentials" -d 'Set a user entry in kubeconfig'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set-context" -d 'Set a context entry in kubeconfig'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set an individual value in a kubeconfig file'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Unset an individual value in a kubeconfig file'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "current-context" -d 'Display the current-context'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "use-context" -d 'Set the current-context in a kubeconfig file'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get-contexts" -d 'Describe one or many contexts'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get-clusters" -d 'Display clusters defined in the kubeconfig'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get-users" -d 'Display users defined in the kubeconfig'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "delete-cluster" -d 'Delete the specified cluster from the kubeconfig'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "delete-context" -d 'Delete the specified context from the kubeconfig'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "delete-user" -d 'Delete the specified user from the kubeconfig'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "rename-context" -d 'Rename a context from the kubeconfig file'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Run the sandbox API server in the foreground'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "up" -d 'Start the sandbox in the background and switch to its context'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "down" -d 'Stop the background sandbox'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "status" -d 'Say whether the sandbox runs'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "reset" -d 'Stop the sandbox and delete all its data'
