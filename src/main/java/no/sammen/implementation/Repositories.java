package no.sammen.implementation;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ImprovementTeamRepository extends ListCrudRepository<ImprovementTeam, UUID> {
}

interface ActivityRepository extends ListCrudRepository<Activity, UUID> {

    List<Activity> findByUnitIdOrderByStartsOnAscTitleAsc(UUID unitId);
}

interface TrainingEventRepository extends ListCrudRepository<TrainingEvent, UUID> {

    List<TrainingEvent> findByUnitIdOrderByHeldOnDescTitleAsc(UUID unitId);

    List<TrainingEvent> findByUnitIdInOrderByHeldOnDesc(Collection<UUID> unitIds);
}
