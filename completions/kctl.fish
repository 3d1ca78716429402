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
complete -c kctl -n "__fish_kctl_needs_command" -f -a "apply" -d 'Apply a configuration to a resource by file name or stdin'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "api-resources" -d 'Print the supported API resources on the server'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "version" -d 'Print the client and server version information'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "config" -d 'Modify kubeconfig files'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "completion" -d 'Output shell completion code for the specified shell (bash, zsh, fish, or powershell)'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "sandbox" -d 'Run a local Kubernetes API server (the sandbox)'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "delete" -d 'Delete resources by file names, stdin, resources and names, or by resources and label selector'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "scale" -d 'Set a new size for a deployment, replica set, or replication controller'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "label" -d 'Update the labels on a resource'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "annotate" -d 'Update the annotations on a resource'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "create" -d 'Create a resource from a file or from stdin'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "run" -d 'Run a particular image on the cluster'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "expose" -d 'Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "patch" -d 'Update fields of a resource'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "edit" -d 'Edit a resource on the server'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "set" -d 'Set specific features on objects'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "explain" -d 'Get documentation for a resource'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "logs" -d 'Print the logs for a container in a pod'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "auth" -d 'Inspect authorization'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "rollout" -d 'Manage the rollout of a resource'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "exec" -d 'Execute a command in a container'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "port-forward" -d 'Forward one or more local ports to a pod'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "proxy" -d 'Run a proxy to the Kubernetes API server'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "cp" -d 'Copy files and directories to and from containers'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "attach" -d 'Attach to a running container'
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
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -s f -l filename -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -s k -l kustomize -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -s R -l recursive -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -s l -l selector -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l all -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l prune -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l prune-allowlist -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l prune-whitelist -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l overwrite -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l force -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l cascade -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l grace-period -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l timeout -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l wait -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l server-side -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l force-conflicts -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l openapi-patch -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l record -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l applyset -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l dry-run -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l validate -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l field-manager -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -a "view-last-applied" -d 'View the latest last-applied-configuration annotations of a resource/object'
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -a "set-last-applied" -d 'Set the last-applied-configuration annotation on a live object to match the contents of a file'
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -a "edit-last-applied" -d 'Edit latest last-applied-configuration annotations of a resource/object'
complete -c kctl -n "__fish_kctl_using_subcommand apply; and not __fish_seen_subcommand_from view-last-applied set-last-applied edit-last-applied help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -s f -l filename -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -s k -l kustomize -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -s R -l recursive -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -s l -l selector -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -l all -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from view-last-applied" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -s f -l filename -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l create-annotation -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l dry-run -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from set-last-applied" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -s f -l filename -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -s R -l recursive -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -s k -l kustomize -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l windows-line-endings -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l field-manager -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l validate -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l record -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from edit-last-applied" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from help" -f -a "view-last-applied" -d 'View the latest last-applied-configuration annotations of a resource/object'
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from help" -f -a "set-last-applied" -d 'Set the last-applied-configuration annotation on a live object to match the contents of a file'
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from help" -f -a "edit-last-applied" -d 'Edit latest last-applied-configuration annotations of a resource/object'
complete -c kctl -n "__fish_kctl_using_subcommand apply; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s f -l filename -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s R -l recursive -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s l -l selector -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l field-selector -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l all -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s A -l all-namespaces -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l force -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l cascade -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l now -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l grace-period -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l timeout -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l ignore-not-found -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l wait -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l raw -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s i -l interactive -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l dry-run -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand delete" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand scale" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l record -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l all -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l resource-version -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l current-replicas -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l replicas -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l timeout -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -s f -l filename -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -s R -l recursive -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l dry-run -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -s l -l selector -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand scale" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand label" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l record -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l overwrite -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l list -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l local -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l field-selector -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l all -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -s A -l all-namespaces -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l resource-version -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -s f -l filename -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -s R -l recursive -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l dry-run -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l field-manager -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -s l -l selector -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand label" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l record -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l overwrite -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l list -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l local -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l field-selector -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l all -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -s A -l all-namespaces -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l resource-version -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -s f -l filename -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -s R -l recursive -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l dry-run -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l field-manager -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -s l -l selector -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand annotate" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -s f -l filename -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -s R -l recursive -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -s k -l kustomize -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l edit -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l windows-line-endings -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l save-config -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l record -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -s l -l selector -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l raw -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l dry-run -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l validate -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l field-manager -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -a "namespace" -d 'Create a namespace with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -a "quota" -d 'Create a quota with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -a "secret" -d 'Create a secret using a specified subcommand'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -a "configmap" -d 'Create a config map from a local file, directory or literal value'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -a "serviceaccount" -d 'Create a service account with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -a "service" -d 'Create a service using a specified subcommand'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -a "deployment" -d 'Create a deployment with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -a "clusterrole" -d 'Create a cluster role'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -a "clusterrolebinding" -d 'Create a cluster role binding for a particular cluster role'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -a "role" -d 'Create a role with single rule'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -a "rolebinding" -d 'Create a role binding for a particular role or cluster role'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -a "poddisruptionbudget" -d 'Create a pod disruption budget with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -a "priorityclass" -d 'Create a priority class with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -a "job" -d 'Create a job with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -a "cronjob" -d 'Create a cron job with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -a "ingress" -d 'Create an ingress with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -a "token" -d 'Request a service account token'
complete -c kctl -n "__fish_kctl_using_subcommand create; and not __fish_seen_subcommand_from namespace quota secret configmap serviceaccount service deployment clusterrole clusterrolebinding role rolebinding poddisruptionbudget priorityclass job cronjob ingress token help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l dry-run -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l validate -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l field-manager -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l save-config -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from namespace" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l dry-run -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l validate -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l field-manager -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l save-config -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l hard -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l scopes -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from quota" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "generic" -d 'Create a secret from a local file, directory, or literal value'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "tls" -d 'Create a TLS secret'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "docker-registry" -d 'Create a secret for use with a Docker registry'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l dry-run -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l validate -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l field-manager -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l save-config -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l from-file -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l from-literal -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l from-env-file -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l append-hash -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from configmap" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l dry-run -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l validate -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l field-manager -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l save-config -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from serviceaccount" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -f -a "clusterip" -d 'Create a ClusterIP service'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -f -a "nodeport" -d 'Create a NodePort service'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -f -a "loadbalancer" -d 'Create a LoadBalancer service'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -f -a "externalname" -d 'Create an ExternalName service'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from service" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l dry-run -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l validate -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l field-manager -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l save-config -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l image -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l port -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -s r -l replicas -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from deployment" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l dry-run -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l validate -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l field-manager -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l save-config -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l verb -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l resource -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l resource-name -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l non-resource-url -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l aggregation-rule -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrole" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l dry-run -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l validate -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l field-manager -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l save-config -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l clusterrole -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l user -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l group -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l serviceaccount -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from clusterrolebinding" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l dry-run -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l validate -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l field-manager -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l save-config -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l verb -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l resource -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l resource-name -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from role" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l dry-run -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l validate -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l field-manager -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l save-config -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l clusterrole -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l user -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l group -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l serviceaccount -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l role -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from rolebinding" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l dry-run -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l validate -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l field-manager -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l save-config -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l min-available -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l max-unavailable -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l selector -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from poddisruptionbudget" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l dry-run -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l validate -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l field-manager -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l save-config -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l value -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l global-default -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l description -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l preemption-policy -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from priorityclass" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l dry-run -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l validate -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l field-manager -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l save-config -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l image -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l from -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from job" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l dry-run -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l validate -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l field-manager -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l save-config -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l image -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l schedule -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l restart -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from cronjob" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l dry-run -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l validate -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l field-manager -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l save-config -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l class -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l rule -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l default-backend -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l annotation -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from ingress" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l audience -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l duration -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l bound-object-kind -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l bound-object-name -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l bound-object-uid -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "namespace" -d 'Create a namespace with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "quota" -d 'Create a quota with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "secret" -d 'Create a secret using a specified subcommand'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "configmap" -d 'Create a config map from a local file, directory or literal value'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "serviceaccount" -d 'Create a service account with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "service" -d 'Create a service using a specified subcommand'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "deployment" -d 'Create a deployment with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "clusterrole" -d 'Create a cluster role'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "clusterrolebinding" -d 'Create a cluster role binding for a particular cluster role'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "role" -d 'Create a role with single rule'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "rolebinding" -d 'Create a role binding for a particular role or cluster role'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "poddisruptionbudget" -d 'Create a pod disruption budget with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "priorityclass" -d 'Create a priority class with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "job" -d 'Create a job with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "cronjob" -d 'Create a cron job with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "ingress" -d 'Create an ingress with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "token" -d 'Request a service account token'
complete -c kctl -n "__fish_kctl_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand run" -l dry-run -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l field-manager -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l save-config -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l record -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l image -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l annotations -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l image-pull-policy -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l rm -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l env -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l port -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -s l -l labels -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -s i -l stdin -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -s t -l tty -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l attach -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l leave-stdin-open -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l restart -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l command -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l expose -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -s q -l quiet -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l privileged -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l overrides -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l override-type -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l pod-running-timeout -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -s f -l filename -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -s k -l kustomize -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -s R -l recursive -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l cascade -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l grace-period -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l force -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l now -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l timeout -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l wait -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand run" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand expose" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l record -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l field-manager -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l dry-run -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l save-config -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -s f -l filename -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -s k -l kustomize -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -s R -l recursive -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l overrides -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l override-type -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -s l -l labels -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l protocol -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l port -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l type -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l load-balancer-ip -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l selector -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l target-port -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l external-ip -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l name -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l session-affinity -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l cluster-ip -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand expose" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand patch" -s p -l patch -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l patch-file -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l type -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l dry-run -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -s f -l filename -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -s R -l recursive -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -s k -l kustomize -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l local -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l field-manager -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l subresource -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l record -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand patch" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand edit" -s f -l filename -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -s R -l recursive -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -s k -l kustomize -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l windows-line-endings -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l field-manager -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l validate -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l record -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l output-patch -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l save-config -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l subresource -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand edit" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -f -a "image" -d 'Update the image of a pod template'
complete -c kctl -n "__fish_kctl_using_subcommand set; and not __fish_seen_subcommand_from image help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -s f -l filename -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -s R -l recursive -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -s k -l kustomize -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l all -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l local -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l dry-run -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l field-manager -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -s l -l selector -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l record -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from image" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from help" -f -a "image" -d 'Update the image of a pod template'
complete -c kctl -n "__fish_kctl_using_subcommand set; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand explain" -l recursive -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -l api-version -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand explain" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l all-pods -d 'Get logs from all pod(s). Sets prefix to true.' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l all-containers -d 'Get all containers\' logs in the pod(s).' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -s f -l follow -d 'Specify if the logs should be streamed.' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l timestamps -d 'Include timestamps on each line in the log output' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l limit-bytes -d 'Maximum bytes of logs to return. Defaults to no limit.' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -s p -l previous -d 'If true, print the logs for the previous instance of the container in a pod if it exists.' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l tail -d 'Lines of recent log file to display. Defaults to -1 with no selector, showing all log lines otherwise 10, if a selector is provided.' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l ignore-errors -d 'If watching / following pod logs, allow for any errors that occur to be non-fatal' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l since-time -d 'Only return logs after a specific date (RFC3339). Defaults to all logs. Only one of since-time / since may be used.' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l since -d 'Only return logs newer than a relative duration like 5s, 2m, or 3h. Defaults to all logs. Only one of since-time / since may be used.' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -s c -l container -d 'Print the logs of this container' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l insecure-skip-tls-verify-backend -d 'Skip verifying the identity of the kubelet that logs are requested from.  In theory, an attacker could provide invalid log content back. You might want to use this if your kubelet serving certificates have expired.' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l pod-running-timeout -d 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -s l -l selector -d 'Selector (label query) to filter on, supports \'=\', \'==\', and \'!=\'.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l max-log-requests -d 'Specify maximum number of concurrent logs to follow when using by a selector. Defaults to 5.' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l prefix -d 'Prefix each log line with the log source (pod name and container name)' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand logs" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -f -a "can-i" -d 'Check whether an action is allowed'
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -f -a "whoami" -d 'Experimental: Check self subject attributes'
complete -c kctl -n "__fish_kctl_using_subcommand auth; and not __fish_seen_subcommand_from can-i whoami help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -s A -l all-namespaces -d 'If true, check the specified action in all namespaces.' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -s q -l quiet -d 'If true, suppress output and just return the exit code.' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l subresource -d 'SubResource such as pod/log or deployment/scale' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l list -d 'If true, prints all allowed actions.' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l no-headers -d 'If true, prints allowed actions without headers' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from can-i" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from whoami" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "can-i" -d 'Check whether an action is allowed'
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "whoami" -d 'Experimental: Check self subject attributes'
complete -c kctl -n "__fish_kctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -f -a "history" -d 'View rollout history'
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -f -a "pause" -d 'Mark the provided resource as paused'
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -f -a "restart" -d 'Restart a resource'
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -f -a "resume" -d 'Resume a paused resource'
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -f -a "status" -d 'Show the status of the rollout'
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -f -a "undo" -d 'Undo a previous rollout'
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and not __fish_seen_subcommand_from history pause restart resume status undo help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -s f -l filename -d 'Filename, directory, or URL to files identifying the resource to get from a server.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -s k -l kustomize -d 'Process the kustomization directory. This flag can\'t be used together with -f or -R.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -s R -l recursive -d 'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -s l -l selector -d 'Selector (label query) to filter on, supports \'=\', \'==\', and \'!=\'.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l revision -d 'See the details, including podTemplate of the revision specified' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -s f -l filename -d 'Filename, directory, or URL to files identifying the resource to get from a server.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -s k -l kustomize -d 'Process the kustomization directory. This flag can\'t be used together with -f or -R.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -s R -l recursive -d 'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -s l -l selector -d 'Selector (label query) to filter on, supports \'=\', \'==\', and \'!=\'.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l field-manager -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -s f -l filename -d 'Filename, directory, or URL to files identifying the resource to get from a server.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -s k -l kustomize -d 'Process the kustomization directory. This flag can\'t be used together with -f or -R.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -s R -l recursive -d 'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -s l -l selector -d 'Selector (label query) to filter on, supports \'=\', \'==\', and \'!=\'.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l field-manager -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -s f -l filename -d 'Filename, directory, or URL to files identifying the resource to get from a server.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -s k -l kustomize -d 'Process the kustomization directory. This flag can\'t be used together with -f or -R.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -s R -l recursive -d 'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -s l -l selector -d 'Selector (label query) to filter on, supports \'=\', \'==\', and \'!=\'.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l field-manager -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -s f -l filename -d 'Filename, directory, or URL to files identifying the resource to get from a server.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -s k -l kustomize -d 'Process the kustomization directory. This flag can\'t be used together with -f or -R.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -s R -l recursive -d 'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -s l -l selector -d 'Selector (label query) to filter on, supports \'=\', \'==\', and \'!=\'.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -s w -l watch -d 'Watch the status of the rollout until it\'s done.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l revision -d 'Pin to a specific revision for showing its status. Defaults to 0 (last revision).' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l timeout -d 'The length of time to wait before ending watch, zero means never. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h).' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -s f -l filename -d 'Filename, directory, or URL to files identifying the resource to get from a server.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -s k -l kustomize -d 'Process the kustomization directory. This flag can\'t be used together with -f or -R.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -s R -l recursive -d 'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -s l -l selector -d 'Selector (label query) to filter on, supports \'=\', \'==\', and \'!=\'.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -s o -l output -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l template -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l allow-missing-template-keys -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l show-managed-fields -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l dry-run -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l to-revision -d 'The revision to rollback to. Default to 0 (last revision).' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from undo" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "history" -d 'View rollout history'
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "pause" -d 'Mark the provided resource as paused'
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "restart" -d 'Restart a resource'
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "resume" -d 'Resume a paused resource'
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the status of the rollout'
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "undo" -d 'Undo a previous rollout'
complete -c kctl -n "__fish_kctl_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand exec" -s c -l container -d 'Container name. If omitted, use the kubectl.kubernetes.io/default-container annotation for selecting the container to be attached or the first container in the pod will be chosen' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -s f -l filename -d 'to use to exec into the resource' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -l pod-running-timeout -d 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -s q -l quiet -d 'Only print output from the remote session' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -s i -l stdin -d 'Pass stdin to the container' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -s t -l tty -d 'Stdin is a TTY' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand exec" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -l address -d 'Addresses to listen on (comma separated). Only accepts IP addresses or localhost as a value. When localhost is supplied, kubectl will try to bind on both 127.0.0.1 and ::1 and will fail if neither of these addresses are available to bind.' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -l pod-running-timeout -d 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand port-forward" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l accept-hosts -d 'Regular expression for hosts that the proxy should accept.' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l accept-paths -d 'Regular expression for paths that the proxy should accept.' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l address -d 'The IP address on which to serve on.' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l api-prefix -d 'Prefix to serve the proxied API under.' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l append-server-path -d 'If true, enables automatic path appending of the kube context server path to each request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l disable-filter -d 'If true, disable request filtering in the proxy. This is dangerous, and can leave you vulnerable to XSRF attacks, when used with an accessible port.' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l keepalive -d 'keepalive specifies the keep-alive period for an active network connection. Set to 0 to disable keepalive.' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -s p -l port -d 'The port on which to run the proxy. Set to 0 to pick a random port.' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l reject-methods -d 'Regular expression for HTTP methods that the proxy should reject (example --reject-methods=\'POST,PUT,PATCH\'). ' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l reject-paths -d 'Regular expression for paths that the proxy should reject. Paths specified here will be rejected even accepted by --accept-paths.' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -s u -l unix-socket -d 'Unix socket on which to run the proxy.' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -s w -l www -d 'Also serve static files from the given directory under the specified prefix.' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -s P -l www-prefix -d 'Prefix to serve static files under, if static file directory is specified.' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand proxy" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand cp" -s c -l container -d 'Container name. If omitted, use the kubectl.kubernetes.io/default-container annotation for selecting the container to be attached or the first container in the pod will be chosen' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -l no-preserve -d 'The copied file/directory\'s ownership and permissions will not be preserved in the container' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -l retries -d 'Set number of retries to complete a copy operation from a container. Specify 0 to disable or any negative value for infinite retrying. The default is 0 (no retry).' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand cp" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand attach" -s c -l container -d 'Container name. If omitted, use the kubectl.kubernetes.io/default-container annotation for selecting the container to be attached or the first container in the pod will be chosen' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -l pod-running-timeout -d 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -s q -l quiet -d 'Only print output from the remote session' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -s i -l stdin -d 'Pass stdin to the container' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -s t -l tty -d 'Stdin is a TTY' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -l as -d 'Username to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -l as-uid -d 'UID to impersonate for the operation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -l cache-dir -d 'Default cache directory' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -l certificate-authority -d 'Path to a cert file for the certificate authority' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -l insecure-skip-tls-verify -d 'If true, the server\'s certificate will not be checked for validity.' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -l kubeconfig -d 'Path to the kubeconfig file to use for CLI requests.' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -l log-flush-frequency -d 'Maximum number of seconds between log flushes' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -l match-server-version -d 'Require server version to match client version' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -s n -l namespace -d 'If present, the namespace scope for this CLI request' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -l password -d 'Password for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -l profile -d 'Name of profile to capture.' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -l profile-output -d 'Name of the file to write the profile to' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -l request-timeout -d 'The length of time to wait before giving up on a single server request.' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -s s -l server -d 'The address and port of the Kubernetes API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -l tls-server-name -d 'Server name to use for server certificate validation.' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -l token -d 'Bearer token for authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -l username -d 'Username for basic authentication to the API server' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -s v -l v -d 'number for the log level verbosity' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -l vmodule -d 'comma-separated list of pattern=N settings for file-filtered logging' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -l warnings-as-errors -d 'Treat warnings received from the server as errors and exit with a non-zero exit code' -r
complete -c kctl -n "__fish_kctl_using_subcommand attach" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "get" -d 'Display one or many resources'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "describe" -d 'Show details of a specific resource or group of resources'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "apply" -d 'Apply a configuration to a resource by file name or stdin'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "api-resources" -d 'Print the supported API resources on the server'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "version" -d 'Print the client and server version information'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "config" -d 'Modify kubeconfig files'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "completion" -d 'Output shell completion code for the specified shell (bash, zsh, fish, or powershell)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "sandbox" -d 'Run a local Kubernetes API server (the sandbox)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "delete" -d 'Delete resources by file names, stdin, resources and names, or by resources and label selector'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "scale" -d 'Set a new size for a deployment, replica set, or replication controller'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "label" -d 'Update the labels on a resource'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "annotate" -d 'Update the annotations on a resource'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "create" -d 'Create a resource from a file or from stdin'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "run" -d 'Run a particular image on the cluster'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "expose" -d 'Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "patch" -d 'Update fields of a resource'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "edit" -d 'Edit a resource on the server'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "set" -d 'Set specific features on objects'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "explain" -d 'Get documentation for a resource'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "logs" -d 'Print the logs for a container in a pod'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "auth" -d 'Inspect authorization'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "rollout" -d 'Manage the rollout of a resource'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "exec" -d 'Execute a command in a container'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "port-forward" -d 'Forward one or more local ports to a pod'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "proxy" -d 'Run a proxy to the Kubernetes API server'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "cp" -d 'Copy files and directories to and from containers'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "attach" -d 'Attach to a running container'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from get describe apply api-resources version config completion sandbox delete scale label annotate create run expose patch edit set explain logs auth rollout exec port-forward proxy cp attach help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from apply" -f -a "view-last-applied" -d 'View the latest last-applied-configuration annotations of a resource/object'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from apply" -f -a "set-last-applied" -d 'Set the last-applied-configuration annotation on a live object to match the contents of a file'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from apply" -f -a "edit-last-applied" -d 'Edit latest last-applied-configuration annotations of a resource/object'
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
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "namespace" -d 'Create a namespace with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "quota" -d 'Create a quota with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "secret" -d 'Create a secret using a specified subcommand'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "configmap" -d 'Create a config map from a local file, directory or literal value'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "serviceaccount" -d 'Create a service account with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "service" -d 'Create a service using a specified subcommand'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "deployment" -d 'Create a deployment with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "clusterrole" -d 'Create a cluster role'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "clusterrolebinding" -d 'Create a cluster role binding for a particular cluster role'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "role" -d 'Create a role with single rule'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "rolebinding" -d 'Create a role binding for a particular role or cluster role'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "poddisruptionbudget" -d 'Create a pod disruption budget with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "priorityclass" -d 'Create a priority class with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "job" -d 'Create a job with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "cronjob" -d 'Create a cron job with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "ingress" -d 'Create an ingress with the specified name'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "token" -d 'Request a service account token'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from set" -f -a "image" -d 'Update the image of a pod template'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "can-i" -d 'Check whether an action is allowed'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "whoami" -d 'Experimental: Check self subject attributes'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "history" -d 'View rollout history'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "pause" -d 'Mark the provided resource as paused'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "restart" -d 'Restart a resource'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "resume" -d 'Resume a paused resource'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "status" -d 'Show the status of the rollout'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "undo" -d 'Undo a previous rollout'
