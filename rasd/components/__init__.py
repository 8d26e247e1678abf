"""Pipeline components: each adds one kind of record to an article."""
