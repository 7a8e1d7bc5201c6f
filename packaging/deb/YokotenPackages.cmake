# Debian packages with CPack (`./yk package`, checked by `./yk package-test`):
#   yokoten-server  component "server": the server, its systemd units, /etc/yokoten, the
#                   user and data folder (maintainer scripts beside this file)
#   yokoten         component "client": the device programs: the Qt Quick app `yokoten`
#                   (its QML modules are compiled in) with its desktop entry, and yokoten-cli.
# Library dependencies come from dpkg-shlibdeps; the rest is listed here.
include(GNUInstallDirs)

# cpack (and `cmake --install`) install what is built; `./yk package` builds only the two
# programs instead of every test and benchmark.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(_yk_server_dir ${PROJECT_SOURCE_DIR}/packaging/server)
set(_yk_deb_dir ${CMAKE_CURRENT_LIST_DIR})

# Installed under the packaging prefix (/usr): lib/systemd/system → /usr/lib/systemd/system.
install(FILES ${_yk_server_dir}/yokoten-server.service ${_yk_server_dir}/yokoten-server@.service
    ${_yk_server_dir}/yokoten-server-backup.service ${_yk_server_dir}/yokoten-server-backup.timer
    DESTINATION lib/systemd/system COMPONENT server)
install(FILES ${_yk_server_dir}/yokoten-server.env
    DESTINATION /etc/yokoten
    PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ
    COMPONENT server)
install(FILES ${PROJECT_SOURCE_DIR}/docs/operations.md
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/yokoten-server COMPONENT server)
install(FILES ${_yk_server_dir}/haproxy.cfg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/yokoten-server/examples COMPONENT server)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME yokoten)
set(CPACK_PACKAGE_VENDOR "Yokoten project")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Each component's description starts with its own summary line (below); without this,
# CPack would put the project's description above both.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL server client)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Yokoten maintainers <maintainers@yokoten.invalid>")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME yokoten-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "haproxy, postgresql-client, curl")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${_yk_deb_dir}/postinst ${_yk_deb_dir}/prerm ${_yk_deb_dir}/postrm ${_yk_deb_dir}/conffiles)
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "Yokoten sync server for long-term-care good practice\n\
The central HTTPS server that Yokoten tablets, kiosks and phones sync\n\
with, and its admin commands (users, device enrolment, online backup).\n\
Ships a hardened systemd unit, a template unit for several processes\n\
behind a load balancer, a daily backup timer and an example HAProxy\n\
configuration.")

set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME yokoten)
set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION misc)
# What the QML app needs besides the libraries it links: the QML modules it imports, Qt's
# platform plugins (xcb, eglfs, offscreen …) and Japanese glyphs. Wayland (the kiosk runs
# under cage) and QtMultimedia (QR codes by camera) are recommended.
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS
    "qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-layouts, \
qml6-module-qtquick-templates, qml6-module-qtquick-window, qml6-module-qtqml-workerscript, \
qml6-module-qtquick-dialogs, qml6-module-qt-labs-platform, qt6-qpa-plugins, fonts-noto-cjk")
set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS "qt6-wayland, qml6-module-qtmultimedia")
set(CPACK_DEBIAN_CLIENT_PACKAGE_SUGGESTS "cage")
set(CPACK_COMPONENT_CLIENT_DESCRIPTION
    "Yokoten offline-first client for long-term-care good practice\n\
The device side of Yokoten for Linux tablets, kiosks and phones: an\n\
encrypted local store with Japanese full-text search that syncs with\n\
yokoten-server: the touch app yokoten (good-practice cases, seminars and\n\
tickets, trial loans, self-assessments; Japanese and English) and the\n\
command-line client yokoten-cli.")

install(FILES ${CMAKE_CURRENT_LIST_DIR}/yokoten.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications
    COMPONENT client)
# The exhibition kiosk session (packaging/kiosk): shipped disabled.
set(_yk_kiosk_dir ${PROJECT_SOURCE_DIR}/packaging/kiosk)
install(FILES ${_yk_kiosk_dir}/yokoten-kiosk.service DESTINATION lib/systemd/system COMPONENT client)
install(PROGRAMS ${_yk_kiosk_dir}/yokoten-kiosk-session DESTINATION lib/yokoten COMPONENT client)
install(FILES ${_yk_kiosk_dir}/README.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/yokoten/kiosk COMPONENT client)

include(CPack)
