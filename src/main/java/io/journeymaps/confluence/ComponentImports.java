package io.journeymaps.confluence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.applinks.api.ReadOnlyApplicationLinkService;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The one place that imports host services. At build time the Spring Scanner Maven plugin turns
 * these annotations into OSGi service references; every other component then receives the
 * services by type through its own constructor. Nothing here is kept or called.
 */
@Named
public class ComponentImports {
    @Inject
    public ComponentImports(@ComponentImport ActiveObjects activeObjects,
                            @ComponentImport PermissionManager permissionManager,
                            @ComponentImport PageManager pageManager,
                            @ComponentImport SpaceManager spaceManager,
                            @ComponentImport PageBuilderService pageBuilderService,
                            @ComponentImport("salApplicationProperties") ApplicationProperties applicationProperties,
                            @ComponentImport ReadOnlyApplicationLinkService applicationLinkService,
                            @ComponentImport("salUserManager") UserManager userManager) {
        // Only the annotations matter.
    }
}
