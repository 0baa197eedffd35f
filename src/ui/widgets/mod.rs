//! The few pieces several screens share: the top bar's language picker and "leave now",
//! the emergency bar, the form fields, and "copy the address".

mod copy_address;
mod emergency_bar;
mod field_error;
mod language_picker;
mod leave_button;
mod text_field;

pub use copy_address::{Copied, CopyAddressButton, CopyAddressStatus};
pub use emergency_bar::EmergencyBar;
pub use field_error::FieldError;
pub use language_picker::LanguagePicker;
pub use leave_button::LeaveButton;
pub use text_field::{Input, TextField};
