package org.culturetargets.portal.plans.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface SourceDocumentRepository extends JpaRepository<SourceDocument, String> {

}
