import styles from "./methodology.module.css";

/** How forecast questions resolve and how forecasts are aggregated and scored. */
export function ForecastMethod() {
  return (
    <section id="forecasts" className={styles.section} aria-labelledby="forecasts-heading">
      <h2 id="forecasts-heading">Forecasts and their scores</h2>
      <div className="prose">
        <p>
          A forecast question asks whether a proof point&rsquo;s box will be ticked by a date under a named version of its
          resolution criteria. Reviewers and admins open questions; analysts and reviewers enter a probability from 1% to
          99% and may update it until the close date. Every update is kept.
        </p>
        <p>
          <strong>Resolution is never by hand.</strong> A question resolves <em>yes</em> in the moment a reviewer approves
          a status change that ticks the box (as in &ldquo;How a box ticks&rdquo; above) on or before the resolve-by date, as long
          as what ticks the box still reads as in the named criteria version. It resolves <em>no</em> once the resolve-by
          date has passed with the box unticked. If the criteria&rsquo;s tick wording or threshold change before the question
          resolves, it is <em>annulled</em> and the change is shown beside it; annulled questions are not scored.
        </p>
        <p>
          <strong>The community forecast</strong> is the median of each forecaster&rsquo;s latest probability. With a
          handful of forecasters, a median moves by at most one place when someone enters an extreme number, where an
          average of log-odds would be pulled a long way.
        </p>
        <p>
          <strong>Brier score</strong>: the squared difference between the probability and the outcome (1 for yes, 0 for
          no), averaged over resolved questions. 0 is perfect, 0.25 is what always saying 50% earns, 1 is certain and
          wrong. <strong>Log score</strong>: the natural logarithm of the probability given to what happened, averaged. 0
          is perfect, −0.693 is a coin flip, and confident misses cost the most. Both are proper scores: a forecaster&rsquo;s
          best expected score comes from entering what they believe. Each forecaster is scored on their last forecast
          before the question resolved; the community on its forecast at that moment.
        </p>
        <p>
          <strong>Calibration</strong> groups resolved forecasts into ten bins (1–9%, 10–19%, … 90–99%) and shows, for each,
          the mean forecast, how often those questions resolved yes, and how many forecasts the bin holds (n). A well
          calibrated forecaster&rsquo;s points lie on the diagonal; with small n, distance from it is mostly noise. The
          calibration error is the n-weighted mean distance from the diagonal.
        </p>
        <p>
          Forecasters are named, with their scores and calibration chart, only if they chose a public profile; the
          others are counted without a name.
        </p>
      </div>
    </section>
  );
}
