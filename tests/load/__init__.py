"""Load tests: many workflows through a small sticky cache, on asyncio and trio."""
