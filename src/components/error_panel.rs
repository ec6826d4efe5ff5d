//! The panel shown instead of the explorer when the dataset cannot be loaded: which file, and
//! every problem found, each with its place.

use leptos::prelude::*;

#[component]
pub fn ErrorPanel(file: String, problems: Vec<String>) -> impl IntoView {
    view! {
        <section class="error-panel" role="alert" aria-labelledby="error-title">
            <h1 id="error-title">"The dataset could not be loaded"</h1>
            <p>"File: " <code class="error-file">{file}</code></p>
            <ul class="error-problems">
                {problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
            </ul>
            <p>"Check the file and reload the page."</p>
        </section>
    }
}
