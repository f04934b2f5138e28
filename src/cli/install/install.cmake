# Installation (`cmake --install`) and the Debian package (`cpack -G DEB`). Everything twindex reads
# at run time is compiled in (gazetteer, language model) or comes from Debian data packages
# (Hunspell dictionaries, Tesseract data), so the install is the binary and what documents it.
include(GNUInstallDirs)

set(TWINDEX_SUMMARY "index and search archives of city-partnership documents")
set(TWINDEX_PACKAGE_MAINTAINER "twindex authors <twindex@example.org>" CACHE STRING
    "Maintainer field of the Debian package")
set(TWINDEX_SYSTEMD_UNIT_DIR lib/systemd/system CACHE STRING
    "Where the systemd units go, relative to the install prefix")
set(install_src ${PROJECT_SOURCE_DIR}/src/cli/install)
set(install_gen ${PROJECT_BINARY_DIR}/install)

# ---- Man page and bash completion ------------------------------------------------------------
# Made by running the built binary, so they follow the CLI definition: a new command or option
# needs no edit here.
find_program(HELP2MAN help2man)
if(NOT HELP2MAN)
  message(FATAL_ERROR "help2man not found (Debian: help2man; .ci/deps.sh installs it)")
endif()
add_custom_command(
  OUTPUT ${install_gen}/twindex.1 ${install_gen}/twindex.1.gz ${install_gen}/twindex.bash-completion
  COMMAND bash ${install_src}/generate-docs.sh $<TARGET_FILE:twindex> ${HELP2MAN}
          "${TWINDEX_SUMMARY}" ${install_src}/twindex.h2m ${install_gen}
  DEPENDS twindex ${install_src}/generate-docs.sh ${install_src}/twindex.h2m
  COMMENT "Generating the man page and bash completion"
  VERBATIM)
add_custom_target(twindex_docs ALL
                  DEPENDS ${install_gen}/twindex.1.gz ${install_gen}/twindex.bash-completion)

# ---- What goes where -------------------------------------------------------------------------
install(TARGETS twindex RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The binary of the commands that read documents, which the front runs (cli/extracting.h): where
# the front looks for it, ../lib/twindex/ from its own folder.
install(TARGETS twindex-ingest RUNTIME DESTINATION lib/twindex)
install(FILES ${install_gen}/twindex.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${install_gen}/twindex.bash-completion
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME twindex)
file(GLOB example_pipelines CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/pipelines/*.toml)
install(FILES ${example_pipelines} DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)
# The Slurm array job that splits an ingest between machines (README, "Several machines").
install(PROGRAMS ${PROJECT_SOURCE_DIR}/pipelines/slurm/twindex-ingest.sbatch
        DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${install_src}/copyright
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The units in pipelines/ name /usr/bin/twindex (and stay valid for systemd-analyze as they are);
# the installed copies name the real bindir and docdir. The prefix is known only at install time
# (`cmake --install --prefix`, cpack's /usr), so they are written then, into the build tree.
set(twindex_units twindex-reindex@.service twindex-reindex@.timer twindex-serve.service
    twindex-ingest@.service twindex-ingest@.timer)
install(CODE "
  set(units [[${twindex_units}]])
  set(units_in [[${PROJECT_SOURCE_DIR}/pipelines/systemd]])
  set(units_out [[${install_gen}/systemd]])
  set(bindir [[${CMAKE_INSTALL_BINDIR}]])
  set(docdir [[${CMAKE_INSTALL_DOCDIR}]])")
install(CODE [[
  foreach(dir bindir docdir)
    if(NOT IS_ABSOLUTE "${${dir}}")
      set(${dir} "${CMAKE_INSTALL_PREFIX}/${${dir}}")
    endif()
  endforeach()
  foreach(unit ${units})
    file(READ "${units_in}/${unit}" text)
    string(REPLACE "/usr/bin/twindex" "${bindir}/twindex" text "${text}")
    string(REPLACE "/usr/share/doc/twindex" "${docdir}" text "${text}")
    file(WRITE "${units_out}/${unit}" "${text}")
  endforeach()
]])
list(TRANSFORM twindex_units PREPEND ${install_gen}/systemd/ OUTPUT_VARIABLE configured_units)
install(FILES ${configured_units} DESTINATION ${TWINDEX_SYSTEMD_UNIT_DIR})

# ---- Debian package --------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME twindex)
set(CPACK_PACKAGE_VENDOR "the twindex authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Document indexing and search for twin-town archives")
set(CPACK_PACKAGE_DESCRIPTION
    "twindex extracts the text of PDFs (OCR for scans), Word, OpenDocument, HTML and legacy-encoded
text files in Polish, Belarusian, Lithuanian and Russian, keeps page boundaries, and builds an
incremental Xapian index that answers ranked queries with the page of each hit, finding other
inflections, spellings without diacritics and names in the other script. Cities and dates are
tagged and searchable. Declarative pipelines run nightly from systemd timers.")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${TWINDEX_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
# Libraries from dpkg-shlibdeps (dpkg-dev); the data files twindex opens at run time explicitly:
# the Hunspell dictionaries (lemmatizer, tagger) and Tesseract's OSD and language data.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(twindex_data_packages hunspell-pl hunspell-be hunspell-lt hunspell-ru tesseract-ocr-osd
    tesseract-ocr-pol tesseract-ocr-bel tesseract-ocr-lit tesseract-ocr-rus)
list(JOIN twindex_data_packages ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
# postinst: the twindex user and /etc/twindex/pipelines for the units; postrm keeps all data.
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${install_src}/postinst ${install_src}/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
