import pytest, traceback
@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    rep = outcome.get_result()
    if rep.failed:
        print("\n=====FAIL", rep.when, "\n", rep.longreprtext[-3000:], flush=True)
