"""ShiftCast demand forecasting: the release gate and the forecast log.

aims: A.6.2.4 SYS-002 "release gate: the model ships only when it beats the manual forecast"
"""
import json
import logging

log = logging.getLogger("shiftcast.forecast")

MAX_MAPE = 0.15


def release_gate(mape: float, baseline_mape: float) -> bool:
    # aims: A.6.2.4 R-004 "no release that forecasts worse than the stores' own estimates"
    return mape <= MAX_MAPE and mape < baseline_mape


def record_forecast(store_id: str, slots: list[float], model_version: str) -> None:
    # aims: A.6.2.8 SYS-002 "every forecast is logged for complaints about rotas"
    log.info(json.dumps({"store": store_id, "model": model_version, "slots": slots}))
