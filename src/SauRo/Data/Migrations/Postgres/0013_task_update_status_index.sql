-- Sáu Rõ: what the task status rule reads of a task's updates (its completions, and its updates since a day), answered
-- from the index alone: with only (TaskId, At) every update of the task was looked up in the table to read its state.
CREATE INDEX "IX_TaskUpdates_TaskId_State_At_CompletedOn" ON "TaskUpdates" ("TaskId", "State", "At", "CompletedOn");
